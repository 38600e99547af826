// JelouSend: placeholder until the stage lands.
