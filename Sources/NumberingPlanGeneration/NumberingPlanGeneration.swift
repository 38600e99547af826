// NumberingPlanGeneration: placeholder until the stage lands.
