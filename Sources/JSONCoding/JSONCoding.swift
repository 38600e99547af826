// JSONCoding: placeholder until the stage lands.
