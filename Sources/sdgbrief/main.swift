import SDGBriefCLI

SDGBriefCommand.main()
