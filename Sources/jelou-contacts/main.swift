print("jelou-contacts")
