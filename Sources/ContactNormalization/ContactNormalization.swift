// ContactNormalization: placeholder until the stage lands.
