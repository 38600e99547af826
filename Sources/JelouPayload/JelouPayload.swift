// JelouPayload: placeholder until the stage lands.
