using Search.Host;

var app = SearchHostApp.Build(args);
app.Run();
