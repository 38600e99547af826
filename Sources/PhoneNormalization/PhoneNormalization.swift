// PhoneNormalization: placeholder until the stage lands.
