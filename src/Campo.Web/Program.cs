using Campo.Web;

// Wiring only: the endpoints, services and limits live in CampoWebHost, which `campo serve` and the tests also use.
CampoWebHost.Build(args, configure: o => o.WarmUp = true).Run();
