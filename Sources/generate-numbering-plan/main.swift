print("generate-numbering-plan: not yet implemented")
