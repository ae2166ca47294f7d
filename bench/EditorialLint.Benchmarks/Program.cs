using BenchmarkDotNet.Running;
using EditorialLint.Benchmarks.Pipeline;

if (args.Length > 0 && args[0] == "stages")
{
    StageProfile.Run(args[1..]);
    return;
}

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
