// NumberingPlan: placeholder until the stage lands.
