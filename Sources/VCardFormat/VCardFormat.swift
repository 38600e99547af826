// VCardFormat: placeholder until the stage lands.
