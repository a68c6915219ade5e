using BenchmarkDotNet.Running;

// "load": the web server's load test (bench/Campo.Bench/Web/LoadTest.cs); "import-flows": a 10-million-row flow
// file imported into a workspace (bench/Campo.Bench/Workspace/FlowImportBenchmark.cs); anything else: BenchmarkDotNet.
if (args is ["import-flows", ..])
{
    return Campo.Bench.Workspace.FlowImportBenchmark.Run(args[1..]);
}

if (args is ["load", ..])
{
    return await Campo.Bench.Web.LoadTest.RunAsync(args[1..]).ConfigureAwait(false);
}

BenchmarkSwitcher.FromAssembly(typeof(Campo.Bench.Web.LoadTest).Assembly).Run(args);
return 0;
