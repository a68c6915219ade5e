using Campo.Cli;
using Campo.Cli.Infrastructure;

return CampoApp.Run(args, CliOutput.FromProcess());
