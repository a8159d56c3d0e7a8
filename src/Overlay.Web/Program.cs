var app = Overlay.Web.OverlayApp.Create(args);
await app.RunAsync();
