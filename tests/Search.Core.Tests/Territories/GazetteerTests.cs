using Search.Core.Territories;

namespace Search.Core.Tests.Territories;

public sealed class GazetteerTests
{
    private static readonly Gazetteer G = Gazetteer.Default;

    [Fact]
    public void Loads_every_level_with_counts_of_the_2026_vintage()
    {
        Assert.InRange(G.All.Count(t => t.Level == "commune"), 34_000, 36_000);
        Assert.InRange(G.All.Count(t => t.Level == "epci"), 1_200, 1_300);
        Assert.InRange(G.All.Count(t => t.Level == "departement"), 100, 110);
        Assert.Contains("etalab-2.0", G.SourceDescription);
        // Loading again gives the same gazetteer; how long it takes is measured by `Bench territories` (docs/BENCHMARKS.md).
        var fresh = Gazetteer.LoadEmbedded();
        Assert.Equal(G.Count, fresh.Count);
    }

    /// <summary>The codes of the levels above the communes repeat on each commune: loaded, they are one string each (not one per
    /// commune: some 100,000 copies), with the same values.</summary>
    [Fact]
    public void The_codes_communes_repeat_are_loaded_once()
    {
        var g = Gazetteer.LoadEmbedded();
        var communes = g.All.Where(t => t.Level == "commune").ToList();
        foreach (var (name, code) in new (string, Func<Territory, string?>)[] { ("departement", t => t.DepartementCode), ("region", t => t.RegionCode), ("epci", t => t.EpciCode) })
        {
            var values = communes.Select(code).Where(c => c is not null).ToList();
            var distinct = values.Distinct(StringComparer.Ordinal).Count();
            Assert.True(values.Count > 10 * distinct, name);
            Assert.Equal(distinct, values.Distinct(ReferenceEqualityComparer.Instance).Count());
        }
        var isere = communes.Where(t => t.DepartementCode == "38").ToList();
        Assert.True(isere.Count > 100);
        Assert.All(isere, t => Assert.Equal("84", t.RegionCode));
    }

    [Fact]
    public void Hierarchy_commune_epci_departement_region_france()
    {
        var villard = G.Find("commune", "38548")!;
        Assert.Equal(["epci:243801024", "departement:38", "region:84", "france:FR"], villard.Parents.Select(p => p.Key));
        Assert.Contains(villard, G.Children(G.Find("epci", "243801024")!));
        Assert.Contains(G.Find("departement", "38")!, G.Children(G.Find("region", "84")!));
        Assert.Contains(G.Find("departement", "2A")!, G.Children(G.Find("region", "94")!));
        Assert.True(G.IsAncestor(G.Find("departement", "38")!, villard));
        Assert.False(G.IsAncestor(villard, G.Find("departement", "38")!));
    }

    [Fact]
    public void Suggest_accents_prefixes_codes_postcodes_and_short_names()
    {
        Assert.Equal("departement:38", G.Suggest("isere").First().Key);
        Assert.Equal("commune:30189", G.Suggest("Nîm").First().Key);
        Assert.Contains(G.Suggest("brieuc"), t => t.Key == "commune:22278");
        Assert.Equal("commune:38548", G.Suggest("38548").First().Key);
        Assert.Contains(G.Suggest("38250"), t => t.Key == "commune:38548");
        Assert.Equal("departement:2A", G.Suggest("2a").First().Key);
        Assert.Equal("epci:200069409", G.Suggest("200069409").First().Key);
        Assert.Equal("commune:80829", G.Suggest("Y").First().Key);
        Assert.Contains(G.Suggest("Meaudre"), t => t.Key == "commune:38225");
    }

    [Fact]
    public void Suggest_ranks_equal_prefix_matches_by_population_not_name_length()
    {
        var renn = G.Suggest("Renn", 20).Select(t => t.Key).ToList();
        // Rennes (220,000 inhabitants) before Renno (60), though its name is longer; Rennes Métropole right after Rennes.
        Assert.Equal("commune:35238", renn[0]);
        Assert.True(renn.IndexOf("commune:35238") < renn.IndexOf("commune:2A258"), string.Join(", ", renn));
        Assert.Equal("epci:243500139", renn[1]);
        Assert.Equal("commune:30189", G.Suggest("Nîm")[0].Key);
        Assert.Equal("region:53", G.Suggest("Bret")[0].Key);
    }

    [Fact]
    public void One_look_up_of_a_first_word_answers_what_its_names_say()
    {
        // StartingWith's record is built as the names are added; here each answer is worked out again from the names.
        var words = G.All.Select(t => TerritoryText.Key(t.Name)).Where(k => k.Length > 0).Select(k => k.Split(' ')[0])
            .Concat(["saint", "la", "le", "communaute", "zzqxwv", "pays", "grand"]).Distinct(StringComparer.Ordinal).ToList();
        var withNames = 0;
        foreach (var word in words)
        {
            var keys = G.LongNamesStartingWith(word).Concat(G.Names(word).Count > 0 ? [word] : []).ToList();
            var record = G.StartingWith(word);
            if (keys.Count == 0)
            {
                Assert.Null(record);
                continue;
            }
            withNames++;
            Assert.NotNull(record);
            Assert.Equal(keys.Max(k => k.Split(' ').Length), record.MaxTokens);
            Assert.Equal(keys.SelectMany(k => G.Names(k)).Max(n => n.PrefixTokens), record.MaxPrefixTokens);
            Assert.Equal(G.Names(word), record.OneWordNames);
        }
        Assert.True(withNames > 10_000, withNames.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void Every_name_is_found_from_its_first_word_and_by_its_key_in_a_buffer()
    {
        // StartingWith answers "none" from a table of bits before asking its dictionary: no name may be lost there.
        var checkedNames = 0;
        foreach (var t in G.All)
        {
            var key = TerritoryText.Key(t.Name);
            if (G.Names(key).Count == 0) continue;   // a name the gazetteer holds in another form (an EPCI's legal form)
            var words = key.Split(' ');
            var maxTokens = G.StartingWith(words[0])?.MaxTokens ?? 0;
            Assert.True(maxTokens >= words.Length, $"{t.Key} '{t.Name}': {maxTokens} < {words.Length}");
            var buffer = ("«" + key + "»").ToCharArray();
            Assert.Same(G.Names(key), G.Names(buffer.AsSpan(1, key.Length)));
            checkedNames++;
        }
        Assert.True(checkedNames > 35_000, checkedNames.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Null(G.StartingWith("zzqxwv"));
        Assert.Empty(G.Names("zzqxwv".AsSpan()));
        Assert.Equal(G.StartingWith("saint")?.MaxTokens, G.LongNamesStartingWith("saint").Max(k => k.Split(' ').Length));
    }

    [Fact]
    public void France_has_the_population_of_its_regions()
    {
        Assert.Equal(G.Children(G.France).Sum(r => r.Population), G.France.Population);
        Assert.InRange(G.France.Population, 60_000_000, 75_000_000);
    }
}
