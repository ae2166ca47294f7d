return EditorialLint.Cli.EntryPoint.Run(args);
