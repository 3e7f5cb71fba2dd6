namespace Search.Core.Evaluation;

/// <summary>Standard ranking metrics over graded judgements (grade 0 = not relevant).</summary>
public static class RelevanceMetrics
{
    /// <summary>nDCG@k with gains 2^grade - 1 and a log2(rank + 1) discount.</summary>
    public static double NdcgAt(int k, IReadOnlyList<string> ranked, IReadOnlyDictionary<string, int> grades)
    {
        var ideal = Dcg(grades.Values.OrderByDescending(g => g).Take(k).ToList());
        if (ideal == 0) return 0;
        return Dcg(ranked.Take(k).Select(f => grades.GetValueOrDefault(f)).ToList()) / ideal;
    }

    /// <summary>Reciprocal rank of the first relevant document within the first k, else 0.</summary>
    public static double ReciprocalRankAt(int k, IReadOnlyList<string> ranked, IReadOnlyDictionary<string, int> grades)
    {
        for (var i = 0; i < Math.Min(k, ranked.Count); i++)
        {
            if (grades.GetValueOrDefault(ranked[i]) > 0) return 1.0 / (i + 1);
        }
        return 0;
    }

    /// <summary>Share of the first k positions holding a relevant document (k, not the list length, is the denominator).</summary>
    public static double PrecisionAt(int k, IReadOnlyList<string> ranked, IReadOnlyDictionary<string, int> grades) =>
        (double)ranked.Take(k).Count(f => grades.GetValueOrDefault(f) > 0) / k;

    /// <summary>Share of the relevant documents found in the first k.</summary>
    public static double RecallAt(int k, IReadOnlyList<string> ranked, IReadOnlyDictionary<string, int> grades)
    {
        var relevant = grades.Count(g => g.Value > 0);
        return relevant == 0 ? 0 : (double)ranked.Take(k).Count(f => grades.GetValueOrDefault(f) > 0) / relevant;
    }

    private static double Dcg(IReadOnlyList<int> grades)
    {
        var sum = 0.0;
        for (var i = 0; i < grades.Count; i++) sum += (Math.Pow(2, grades[i]) - 1) / Math.Log2(i + 2);
        return sum;
    }
}
