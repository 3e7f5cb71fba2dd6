using System.Globalization;

namespace SampleGenerator.Model;

public static class FrenchDate
{
    private static readonly string[] Months =
        ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"];

    public static DateOnly Parse(string iso) => DateOnly.ParseExact(iso, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>"14 mars 2023", "1er juin 2021".</summary>
    public static string Long(string iso)
    {
        var d = Parse(iso);
        return $"{(d.Day == 1 ? "1er" : d.Day.ToString(CultureInfo.InvariantCulture))} {Months[d.Month - 1]} {d.Year}";
    }

    /// <summary>"novembre 2022".</summary>
    public static string MonthYear(string iso)
    {
        var d = Parse(iso);
        return $"{Months[d.Month - 1]} {d.Year}";
    }

    /// <summary>"29/11/2022".</summary>
    public static string Numeric(string iso) => Parse(iso).ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);
}
