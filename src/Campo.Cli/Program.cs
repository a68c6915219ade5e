using Campo.Cli;
using Campo.Cli.Infrastructure;

StartupJitProfile.Start(args);
return CampoApp.Run(args, CliOutput.FromProcess());
