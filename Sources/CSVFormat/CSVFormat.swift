// CSVFormat: placeholder until the stage lands.
