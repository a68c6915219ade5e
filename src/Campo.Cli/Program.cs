using Campo.Cli;

return CampoApp.RunProcess(args);
