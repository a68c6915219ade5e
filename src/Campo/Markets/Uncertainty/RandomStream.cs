namespace Campo.Markets.Uncertainty;

/// <summary>
/// A small, fully specified random number stream so that a seed gives the same draws on every machine and
/// .NET version (System.Random's algorithm is not guaranteed to stay the same). SplitMix64 (Steele, Lea and
/// Flood 2014, "Fast splittable pseudorandom number generators", OOPSLA): state += 0x9E3779B97F4A7C15, then
/// two xor-shift-multiply rounds. Uniforms take the top 53 bits; normals use the Box–Muller transform.
/// Each Monte Carlo draw gets its own stream, seeded from the run's seed and the draw's index, so results do
/// not depend on how draws are spread over threads.
/// </summary>
internal struct RandomStream
{
    private ulong _state;

    private RandomStream(ulong state) => _state = state;

    /// <summary>The stream of draw <paramref name="draw"/> of a run seeded with <paramref name="seed"/>.</summary>
    public static RandomStream ForDraw(ulong seed, int draw)
    {
        var mixer = new RandomStream(seed);
        var first = mixer.NextUInt64();
        return new RandomStream(first ^ (0xD1B54A32D192ED03UL * (ulong)(draw + 1)));
    }

    public ulong NextUInt64()
    {
        _state += 0x9E3779B97F4A7C15UL;
        var z = _state;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    /// <summary>A uniform number in (0, 1): never exactly 0 or 1.</summary>
    public double NextUniform() => ((NextUInt64() >> 11) + 0.5) * (1.0 / 9007199254740992.0);

    /// <summary>A standard normal number (Box–Muller, one of the pair).</summary>
    public double NextNormal()
    {
        var u1 = NextUniform();
        var u2 = NextUniform();
        return Math.Sqrt(-2.0 * Math.Log(u1)) * Math.Cos(2.0 * Math.PI * u2);
    }
}
