namespace Search.Bench.Scale;

/// <summary>
/// SplitMix64: a small, fully specified generator, so that a (seed, index, stream) triple always gives the same
/// sequence whatever the runtime (System.Random's algorithm is not specified, HashCode is randomized per process).
/// </summary>
internal struct ScaleRandom
{
    private ulong _state;

    public ScaleRandom(int seed, int index, ulong stream = 0)
    {
        _state = Mix(Mix(((ulong)(uint)seed << 32) ^ 0x5CA1AB1E0DDBA11UL) ^ (ulong)(uint)index ^ (stream * 0xD1B54A32D192ED03UL));
    }

    private static ulong Mix(ulong z)
    {
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    public ulong Next()
    {
        _state += 0x9E3779B97F4A7C15UL;
        return Mix(_state);
    }

    /// <summary>An integer in [0, n).</summary>
    public int Below(int n) => (int)(((Next() >> 32) * (ulong)(uint)n) >> 32);

    /// <summary>An integer in [min, max] (both included).</summary>
    public int Between(int min, int max) => min + Below(max - min + 1);

    /// <summary>A double in [0, 1).</summary>
    public double NextDouble() => (Next() >> 11) * (1.0 / (1UL << 53));

    public bool Chance(double p) => NextDouble() < p;

    /// <summary>A standard normal deviate (Box-Muller).</summary>
    public double Normal()
    {
        var u1 = 1.0 - NextDouble();
        var u2 = NextDouble();
        return Math.Sqrt(-2.0 * Math.Log(u1)) * Math.Cos(2.0 * Math.PI * u2);
    }

    public T Pick<T>(T[] items) => items[Below(items.Length)];
}

/// <summary>
/// Walker's alias table: draws index i with probability weight[i] / sum in constant time (one 64-bit draw).
/// Built once from the weights; read-only afterwards, so shared by all threads.
/// </summary>
internal sealed class AliasTable
{
    private readonly uint[] _threshold;
    private readonly int[] _alias;

    public int Count => _alias.Length;

    public AliasTable(IReadOnlyList<double> weights)
    {
        var n = weights.Count;
        if (n == 0) throw new ArgumentException("An alias table needs at least one weight.", nameof(weights));
        var sum = 0.0;
        for (var i = 0; i < n; i++) sum += weights[i];
        var scaled = new double[n];
        for (var i = 0; i < n; i++) scaled[i] = weights[i] * n / sum;
        _threshold = new uint[n];
        _alias = new int[n];
        // Stacks of indices below and above the average; processed in a fixed order so the table is deterministic.
        var small = new int[n];
        var large = new int[n];
        int ns = 0, nl = 0;
        for (var i = n - 1; i >= 0; i--)
        {
            if (scaled[i] < 1.0) small[ns++] = i; else large[nl++] = i;
        }
        while (ns > 0 && nl > 0)
        {
            var s = small[--ns];
            var l = large[--nl];
            _threshold[s] = ToThreshold(scaled[s]);
            _alias[s] = l;
            scaled[l] = scaled[l] + scaled[s] - 1.0;
            if (scaled[l] < 1.0) small[ns++] = l; else large[nl++] = l;
        }
        while (nl > 0) { var l = large[--nl]; _threshold[l] = uint.MaxValue; _alias[l] = l; }
        while (ns > 0) { var s = small[--ns]; _threshold[s] = uint.MaxValue; _alias[s] = s; }
    }

    private static uint ToThreshold(double p) => p >= 1.0 ? uint.MaxValue : (uint)(p * 4294967296.0);

    public int Sample(ref ScaleRandom random)
    {
        var r = random.Next();
        var i = (int)(((r >> 32) * (ulong)(uint)_alias.Length) >> 32);
        return (uint)r < _threshold[i] || _threshold[i] == uint.MaxValue ? i : _alias[i];
    }
}
