using BenchmarkDotNet.Running;

// "load": the web server's load test (bench/Campo.Bench/Web/LoadTest.cs); anything else: BenchmarkDotNet.
if (args is ["load", ..])
{
    return await Campo.Bench.Web.LoadTest.RunAsync(args[1..]).ConfigureAwait(false);
}

BenchmarkSwitcher.FromAssembly(typeof(Campo.Bench.Web.LoadTest).Assembly).Run(args);
return 0;
