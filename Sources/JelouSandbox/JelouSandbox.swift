// JelouSandbox: placeholder until the stage lands.
