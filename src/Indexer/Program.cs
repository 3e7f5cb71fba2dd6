using Search.Indexer.Commands;

return CommandLine.Run(args);
