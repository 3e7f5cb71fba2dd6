using System.Text;
using Search.Pipeline.Crawling;

namespace Search.Pipeline.Tests.Crawling;

/// <summary>
/// robots.txt parsing and matching, grouped by section of RFC 9309. The cases cover the RFC's own examples and
/// the behaviours exercised by Google's robotstxt and crawler-commons' RFC tests, written here with our own files
/// and paths. Where those suites disagree with the RFC (Google keeps "%62%61%7A" encoded), the RFC wins.
/// </summary>
public static class RobotsTxtTests
{
    private const string Bot = "collectebot";

    private static bool Allowed(string robots, string agent, string path) =>
        RobotsTxt.Parse(robots).Check(agent, new Uri("https://stats.example.org" + path)).Allowed;

    private static bool Allowed(byte[] robots, string agent, string path) =>
        RobotsTxt.Parse(robots).Check(agent, new Uri("https://stats.example.org" + path)).Allowed;

    /// <summary>"Disallow: {pattern}" then "Allow: /" for everybody: whether <paramref name="path"/> is blocked.</summary>
    private static bool Blocked(string pattern, string path) => !Allowed($"User-agent: *\nDisallow: {pattern}\nAllow: /\n", Bot, path);

    /// <summary>RFC 9309 section 5.1, the RFC's own example file.</summary>
    public class Rfc_example
    {
        private const string RfcExample = """
            User-Agent: *
            Disallow: *.gif$
            Disallow: /example/
            Allow: /publications/

            User-Agent: foobot
            Disallow:/
            Allow:/example/page.html
            Allow:/example/allowed.gif

            User-Agent: barbot
            User-Agent: bazbot
            Disallow: /example/page.html

            User-Agent: quxbot

            EOF
            """;

        [Theory]
        [InlineData("foobot", "/example/page.html", true)]
        [InlineData("foobot", "/example/allowed.gif", true)]
        [InlineData("foobot", "/other/page.html", false)]
        [InlineData("FooBot", "/other/page.html", false)]
        [InlineData("barbot", "/example/page.html", false)]
        [InlineData("bazbot", "/example/page.html", false)]
        [InlineData("barbot", "/example/other.html", true)]
        [InlineData("barbot", "/image.gif", true)]
        [InlineData("quxbot", "/example/page.html", true)]
        [InlineData("otherbot", "/example/page.html", false)]
        [InlineData("otherbot", "/image.gif", false)]
        [InlineData("otherbot", "/image.gif?x=1", true)]
        [InlineData("otherbot", "/publications/a.pdf", true)]
        [InlineData("otherbot", "/robots.txt", true)]
        public void Groups_of_the_example(string agent, string path, bool allowed) => Assert.Equal(allowed, Allowed(RfcExample, agent, path));
    }

    /// <summary>RFC 9309 2.1: lines, records, groups.</summary>
    public class S2_1_Protocol_definition
    {
        [Theory]
        [InlineData("user-agent: collectebot\nallow: /stats/\ndisallow: /\n")]
        [InlineData("USER-AGENT: collectebot\nALLOW: /stats/\nDISALLOW: /\n")]
        [InlineData("User-Agent: collectebot\nAlLoW: /stats/\ndIsAlLoW: /\n")]
        public void Field_names_are_case_insensitive(string robots)
        {
            Assert.True(Allowed(robots, Bot, "/stats/dgf-2024.pdf"));
            Assert.False(Allowed(robots, Bot, "/budget/2024.pdf"));
        }

        [Theory]
        [InlineData("\n")]
        [InlineData("\r\n")]
        [InlineData("\r")]
        public void Lines_end_at_LF_CRLF_or_a_lone_CR(string eol)
        {
            var robots = string.Join(eol, "User-agent: otherbot", "Disallow: /", "", "User-agent: collectebot", "Disallow: /brouillons/", "Allow: /");
            Assert.False(Allowed(robots, Bot, "/brouillons/note.pdf"));
            Assert.True(Allowed(robots, Bot, "/publications/note.pdf"));
            Assert.False(Allowed(robots, "otherbot", "/publications/note.pdf"));
        }

        [Fact]
        public void Mixed_line_endings_and_no_final_newline()
        {
            const string robots = "# comptes publics\r\n\n\rUser-agent: otherbot\nDisallow: /\r\r\nUser-agent: collectebot\rDisallow: /prive\r\nDisallow: /tmp";
            Assert.False(Allowed(robots, Bot, "/prive/a.html"));
            Assert.False(Allowed(robots, Bot, "/tmp"));
            Assert.True(Allowed(robots, Bot, "/public/a.html"));
            var decision = RobotsTxt.Parse(robots).Check(Bot, new Uri("https://stats.example.org/tmp"));
            Assert.Equal(9, decision.Rule!.Line); // CRLF counts as one line end, a lone CR or LF as one each
        }

        [Fact]
        public void An_empty_file_allows_everything()
        {
            Assert.True(Allowed("", Bot, "/"));
            Assert.True(Allowed(Array.Empty<byte>(), Bot, "/x"));
        }

        [Fact]
        public void Rules_outside_any_group_are_ignored()
        {
            const string robots = "Disallow: /\nAllow: /x\n\nUser-agent: otherbot\nDisallow: /y\n";
            Assert.True(Allowed(robots, Bot, "/anything"));
            Assert.False(Allowed(robots, "otherbot", "/y/1"));
            Assert.True(Allowed(robots, "otherbot", "/z"));
        }

        [Fact]
        public void A_group_is_a_run_of_user_agents_and_the_rules_after_it()
        {
            const string robots = """
                Disallow: /avant-tout-groupe/

                User-agent: collectebot
                Disallow: /
                Allow: /a/
                User-agent: otherbot
                Disallow: /
                Allow: /b/


                Allow: /c/
                User-agent: thirdbot

                User-agent: collectebot
                Allow: /d/
                Disallow: /
                """;
            // collectebot: its two groups merged.
            Assert.True(Allowed(robots, Bot, "/a/1"));
            Assert.True(Allowed(robots, Bot, "/d/1"));
            Assert.False(Allowed(robots, Bot, "/b/1"));
            Assert.False(Allowed(robots, Bot, "/c/1"));
            // otherbot: blank lines do not end its group.
            Assert.True(Allowed(robots, "otherbot", "/b/1"));
            Assert.True(Allowed(robots, "otherbot", "/c/1"));
            Assert.False(Allowed(robots, "otherbot", "/d/1"));
            // thirdbot shares the last group (a blank line inside a run of user-agent lines does not split it).
            Assert.True(Allowed(robots, "thirdbot", "/d/1"));
            Assert.False(Allowed(robots, "thirdbot", "/a/1"));
        }

        [Fact]
        public void Comments_are_ignored_wherever_they_start()
        {
            const string robots = "# Disallow: /\nUser-agent: collectebot # nous\nDisallow: /notes#interne\n#Allow: /notes/\nAllow: /\n";
            Assert.False(Allowed(robots, Bot, "/notes/2024.html"));
            Assert.True(Allowed(robots, Bot, "/rapports/2024.html"));
        }

        [Fact]
        public void Lines_that_are_not_records_are_skipped()
        {
            const string robots = "User-agent: collectebot\nthis line means nothing\n: /x\nDisallow: /a\n<br>\nDisallow: /b\n";
            Assert.False(Allowed(robots, Bot, "/a"));
            Assert.False(Allowed(robots, Bot, "/b"));
            Assert.True(Allowed(robots, Bot, "/c"));
        }

        [Fact]
        public void A_forgotten_colon_is_tolerated_for_two_words_only()
        {
            Assert.False(Allowed("User-agent collectebot\nDisallow /archives\n", Bot, "/archives/1"));
            Assert.True(Allowed("User-agent collectebot\nDisallow /archives and more\n", Bot, "/archives/1"));
            Assert.True(Allowed("Agent: collectebot\nRefuse: /\n", Bot, "/archives/1"));
        }

        [Fact]
        public void A_utf8_byte_order_mark_is_skipped_even_truncated()
        {
            var body = Encoding.UTF8.GetBytes("User-agent: collectebot\nDisallow: /prive/\n");
            byte[][] prefixes = [[0xEF, 0xBB, 0xBF], [0xEF, 0xBB], [0xEF]];
            foreach (var prefix in prefixes)
                Assert.False(Allowed([.. prefix, .. body], Bot, "/prive/x"));
            Assert.False(Allowed("\uFEFFUser-agent: collectebot\nDisallow: /prive/\n", Bot, "/prive/x"));
        }

        [Fact]
        public void A_broken_byte_order_mark_spoils_only_the_first_line()
        {
            var body = Encoding.UTF8.GetBytes("User-agent: *\nDisallow: /a\nUser-agent: collectebot\nDisallow: /b\n");
            // "\xEF\x11\xBFUser-agent: *" is no user-agent line: its rule belongs to no group.
            Assert.True(Allowed([0xEF, 0x11, 0xBF, .. body], "otherbot", "/a"));
            Assert.False(Allowed([0xEF, 0x11, 0xBF, .. body], Bot, "/b"));
            // A byte order mark in the middle of the file is not skipped: that line is garbage.
            Assert.True(Allowed([.. Encoding.UTF8.GetBytes("User-agent: collectebot\n"), 0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes("Disallow: /b\n")], Bot, "/b"));
        }

        [Fact]
        public void A_utf16_file_with_its_byte_order_mark_is_read()
        {
            const string text = "User-agent: collectebot\r\nDisallow: /données/\r\n";
            Assert.False(Allowed([0xFF, 0xFE, .. Encoding.Unicode.GetBytes(text)], Bot, "/donn%C3%A9es/a"));
            Assert.False(Allowed([0xFE, 0xFF, .. Encoding.BigEndianUnicode.GetBytes(text)], Bot, "/donn%C3%A9es/a"));
        }

        [Fact]
        public void Invalid_utf8_spoils_only_the_rules_it_is_in()
        {
            var latin1 = Encoding.Latin1.GetBytes("User-agent: collectebot\nDisallow: /donn\u00e9es/\nDisallow: /prive/\n");
            Assert.False(Allowed(latin1, Bot, "/prive/x"));
            Assert.True(Allowed(latin1, Bot, "/public/x"));
        }
    }

    /// <summary>RFC 9309 2.2.1: the user-agent line.</summary>
    public class S2_2_1_User_agent
    {
        [Theory]
        [InlineData("COLLECTEBOT")]
        [InlineData("collectebot")]
        [InlineData("CollecteBot")]
        public void The_product_token_matches_case_insensitively(string written)
        {
            var robots = $"User-agent: {written}\nAllow: /a/\nDisallow: /\n";
            Assert.True(Allowed(robots, "collectebot", "/a/1"));
            Assert.True(Allowed(robots, "CollecteBot", "/a/1"));
            Assert.False(Allowed(robots, "collecteBOT", "/b/1"));
        }

        [Theory]
        [InlineData("collectebot/2.1")]
        [InlineData("collectebot 2.1")]
        [InlineData("collectebot (+https://stats.example.org/robot)")]
        [InlineData("Collectebot Images")]
        public void A_value_is_read_up_to_its_first_character_outside_a_product_token(string written)
        {
            var robots = $"User-agent: *\nDisallow: /\nUser-agent: {written}\nAllow: /a/\nDisallow: /\n";
            Assert.True(Allowed(robots, Bot, "/a/1"));
            Assert.False(Allowed(robots, Bot, "/b/1"));
        }

        [Fact]
        public void The_crawlers_own_groups_replace_the_star_groups()
        {
            const string robots = "User-agent: *\nDisallow: /x/\n\nUser-agent: collectebot\nDisallow: /y/\n";
            Assert.True(Allowed(robots, Bot, "/x/page"));
            Assert.False(Allowed(robots, Bot, "/y/page"));
            Assert.False(Allowed(robots, "otherbot", "/x/page"));
            Assert.True(Allowed(robots, "otherbot", "/y/page"));
        }

        [Fact]
        public void Without_an_own_group_the_star_groups_apply_merged()
        {
            const string robots = "User-agent: *\nDisallow: /a\nAllow: /\n\nUser-agent: otherbot\nDisallow: /\n\nUser-agent: *\nDisallow: /b\n";
            Assert.False(Allowed(robots, Bot, "/a"));
            Assert.False(Allowed(robots, Bot, "/b"));
            Assert.True(Allowed(robots, Bot, "/c"));
        }

        [Fact]
        public void Without_an_own_or_star_group_nothing_applies()
        {
            const string robots = "User-agent: otherbot\nDisallow: /\nUser-agent: thirdbot\nDisallow: /\n";
            Assert.True(Allowed(robots, Bot, "/anything"));
        }

        [Fact]
        public void A_token_must_match_whole_not_as_a_prefix()
        {
            const string robots = "User-agent: collecte\nDisallow: /\nUser-agent: collectebotx\nDisallow: /\n";
            Assert.True(Allowed(robots, Bot, "/a"));
        }

        [Fact]
        public void A_star_followed_by_a_space_still_names_every_crawler()
        {
            Assert.False(Allowed("User-agent: * tout le monde\nDisallow: /\n", Bot, "/a"));
            Assert.True(Allowed("User-agent: *bot\nDisallow: /\n", Bot, "/a"));
        }

        [Fact]
        public void An_empty_user_agent_names_nobody()
        {
            Assert.True(Allowed("User-agent:\nDisallow: /\n", Bot, "/a"));
        }
    }

    /// <summary>RFC 9309 2.2.2: the allow and disallow lines.</summary>
    public class S2_2_2_Allow_and_disallow
    {
        [Fact]
        public void The_longest_match_wins()
        {
            const string robots = "User-agent: *\nAllow: /tableaux/\nDisallow: /tableaux/brouillon.pdf\n";
            Assert.True(Allowed(robots, Bot, "/tableaux/final.pdf"));
            var decision = RobotsTxt.Parse(robots).Check(Bot, new Uri("https://stats.example.org/tableaux/brouillon.pdf"));
            Assert.False(decision.Allowed);
            Assert.Equal("Disallow: /tableaux/brouillon.pdf (line 3)", decision.Rule!.ToString());
        }

        [Theory]
        [InlineData("Allow: /r\nDisallow: /", "/rapport", true)]
        [InlineData("Disallow: /r/\nAllow: /r", "/r/1", false)]
        [InlineData("Disallow: /r\nAllow: /r/", "/r", false)]
        [InlineData("Disallow: /r\nAllow: /r/", "/r/", true)]
        [InlineData("Allow: /rap\nDisallow: /*.html", "/rapport.html", false)]
        [InlineData("Allow: /rap\nDisallow: /*.html", "/rapport", true)]
        [InlineData("Allow: /r/rapport.\nDisallow: /*.html", "/r/rapport.html", true)]
        [InlineData("Allow: /r/rapport.\nDisallow: /*.html", "/r/autre.html", false)]
        [InlineData("Allow: /$\nDisallow: /", "/", true)]
        [InlineData("Allow: /$\nDisallow: /", "/index.html", false)]
        public void The_most_octets_decide(string rules, string path, bool allowed) =>
            Assert.Equal(allowed, Allowed($"User-agent: collectebot\n{rules}\n", Bot, path));

        [Theory]
        [InlineData("Disallow: /page\nAllow: /page")]
        [InlineData("Allow: /page\nDisallow: /page")]
        [InlineData("Allow: /\nDisallow: /")]
        [InlineData("Disallow:\nAllow:")]
        public void Allow_wins_a_tie(string rules) => Assert.True(Allowed($"User-agent: *\n{rules}\n", Bot, "/page"));

        [Fact]
        public void Paths_are_case_sensitive()
        {
            const string robots = "User-agent: *\nAllow: /Rapports/\nDisallow: /\n";
            Assert.True(Allowed(robots, Bot, "/Rapports/a"));
            Assert.False(Allowed(robots, Bot, "/rapports/a"));
        }

        [Fact]
        public void An_empty_rule_matches_nothing_and_weakens_nothing()
        {
            Assert.True(Allowed("User-agent: *\nDisallow:\n", Bot, "/a"));
            Assert.True(Allowed("User-agent: *\nAllow:\n", Bot, "/a"));
            const string robots = "User-agent: *\nDisallow: /prive/\nAllow: /public/\nDisallow:\n";
            Assert.False(Allowed(robots, Bot, "/prive/a"));
            Assert.True(Allowed(robots, Bot, "/autre"));
        }

        [Fact]
        public void The_query_is_part_of_the_path_matched()
        {
            const string robots = "User-agent: *\nDisallow: /recherche?type=pdf*\nDisallow: /?\n";
            Assert.False(Allowed(robots, Bot, "/recherche?type=pdf&page=2"));
            Assert.True(Allowed(robots, Bot, "/recherche?type=html"));
            Assert.False(Allowed(robots, Bot, "/?q=budget"));
            Assert.True(Allowed(robots, Bot, "/"));
        }

        [Fact]
        public void Robots_txt_itself_is_always_allowed() => Assert.True(Allowed("User-agent: *\nDisallow: /\n", Bot, "/robots.txt"));

        // The RFC's table of 2.2.2: what a rule and a path become before they are compared.
        [Theory]
        [InlineData("/budget?annee=2024", "/budget?annee=2024")]
        [InlineData("/lien?vers=https://insee.fr/x", "/lien?vers=https://insee.fr/x")]
        [InlineData("/lien?vers=https%3A%2F%2Finsee.fr", "/lien?vers=https%3A%2F%2Finsee.fr")]
        [InlineData("/lien?vers=https%3a%2f%2finsee.fr", "/lien?vers=https%3A%2F%2Finsee.fr")]
        [InlineData("/communes/Saint-Étienne", "/communes/Saint-%C3%89tienne")]
        [InlineData("/communes/Saint-%C3%89tienne", "/communes/Saint-%C3%89tienne")]
        [InlineData("/communes/Saint-%c3%89tienne", "/communes/Saint-%C3%89tienne")]
        [InlineData("/communes/Saint-%C3%89tienne", "/communes/Saint-Étienne")]
        [InlineData("/tableaux/%64%67%66", "/tableaux/dgf")]
        [InlineData("/tableaux/dgf", "/tableaux/%64%67%66")]
        [InlineData("/tableaux/%7Edgf", "/tableaux/~dgf")]
        [InlineData("/tableaux/~dgf", "/tableaux/%7edgf")]
        [InlineData("/notes%20de%20synthese", "/notes%20de%20synthese")]
        public void Rule_and_path_compare_in_one_canonical_form(string rule, string path) => Assert.True(Blocked(rule, path));

        [Theory]
        [InlineData("/9%2F11/", "/9/11/")]
        [InlineData("/*%2F*", "/dossier/page.html")]
        [InlineData("/a%3Fb", "/a?b")]
        [InlineData("/*%20", "/notes/")]
        public void Escaped_reserved_characters_stay_distinct_from_the_plain_ones(string rule, string path) => Assert.False(Blocked(rule, path));

        [Theory]
        [InlineData("/dossiers/9%2F11/", "/dossiers/9%2F11/index.html")]
        [InlineData("/dossiers/9%2F11/", "/dossiers/9%2f11/index.html")]
        [InlineData("/*%2F*", "/dossiers/9%2F11/index.html")]
        [InlineData("/q?*type=application%2Fpdf", "/q?type=application%2Fpdf")]
        [InlineData("/*%20", "/notes%20/")]
        public void Escaped_reserved_characters_match_themselves(string rule, string path) => Assert.True(Blocked(rule, path));

        [Fact]
        public void A_stray_percent_sign_is_a_literal_percent()
        {
            Assert.True(Blocked("/taux-100%", "/taux-100%25"));
            Assert.True(Blocked("/taux-100%25", "/taux-100%25"));
        }
    }

    /// <summary>RFC 9309 2.2.3: special characters.</summary>
    public class S2_2_3_Special_characters
    {
        [Theory]
        [InlineData("/rapports/*/annexe", "/rapports/2024/annexe.pdf", true)]
        [InlineData("/rapports/*/annexe", "/rapports//annexe", true)]
        [InlineData("/rapports/*/annexe", "/rapports/annexe", false)]
        [InlineData("/*.pdf", "/a/b/c.pdf?telechargement=1", true)]
        [InlineData("/*.pdf", "/a/b.pdf.html", true)]
        [InlineData("/*.pdf", "/pdf/", false)]
        [InlineData("/*.pdf", "/a.PDF", false)]
        [InlineData("/*.pdf$", "/a/b/c.pdf", true)]
        [InlineData("/*.pdf$", "/a/b/c.pdf?telechargement=1", false)]
        [InlineData("/*.pdf$", "/a/b/c.pdf/", false)]
        [InlineData("/*.pdf$", "/a/b/c.pdfx", false)]
        [InlineData("/budget*", "/budget", true)]
        [InlineData("/budget*", "/budget-2024/annexe.html", true)]
        [InlineData("/budget*", "/Budget", false)]
        [InlineData("/budget*", "/annexe/budget", false)]
        [InlineData("/budget/", "/budget", false)]
        [InlineData("/budget/", "/budget/?annee=2024", true)]
        [InlineData("/budget*.xlsx", "/budget/2024/detail.xlsx?v=2", true)]
        [InlineData("/budget*.xlsx", "/Budget.xlsx", false)]
        [InlineData("/*budget*.xlsx", "/super-budget/a.xlsx", true)]
        [InlineData("/*budget*.xlsx", "/budget/a.csv", false)]
        [InlineData("/note-$", "/note-", true)]
        [InlineData("/note-$", "/note-1", false)]
        [InlineData("/$", "/", true)]
        [InlineData("/$", "/a", false)]
        [InlineData("*.gif$", "/logo.gif", true)]
        public void Star_matches_any_sequence_and_a_final_dollar_anchors_the_end(string pattern, string path, bool blocked) =>
            Assert.Equal(blocked, Blocked(pattern, path));

        [Theory]
        [InlineData("/fichier-%2A.html", "/fichier-*.html", true)]
        [InlineData("/fichier-%2A.html", "/fichier-%2A.html", true)]
        [InlineData("/fichier-%2a.html", "/fichier-%2a.html", true)]
        [InlineData("/fichier-%2A.html", "/fichier-budget.html", false)]
        [InlineData("/prix-%24", "/prix-$", true)]
        [InlineData("/prix-%24", "/prix-%24", true)]
        [InlineData("/prix-%24", "/prix-", false)]
        [InlineData("/%24", "/$100", true)]
        [InlineData("/%24", "/", false)]
        [InlineData("/prix-$-ttc", "/prix-$-ttc", true)]
        [InlineData("/prix-$-ttc", "/prix--ttc", false)]
        [InlineData("/*/*", "/a*b/c", true)]
        public void Escaped_star_and_dollar_and_a_dollar_inside_a_rule_are_literal(string pattern, string path, bool blocked) =>
            Assert.Equal(blocked, Blocked(pattern, path));

        [Fact]
        public void A_literal_star_in_a_path_is_not_a_wildcard()
        {
            Assert.False(Blocked("/fichier-x.html", "/fichier-*.html"));
            Assert.True(Blocked("/recherche/*/", "/recherche/budget/"));
            Assert.True(Blocked("/recherche/%2A/", "/recherche/*/"));
            Assert.False(Blocked("/recherche/%2A/", "/recherche/budget/"));
        }

        [Fact]
        public async Task A_pathological_pattern_is_matched_without_backtracking()
        {
            var pattern = string.Concat(Enumerable.Repeat("*a", 30)) + "b";
            var path = "/" + new string('a', 5000);
            // A backtracking matcher would not finish in the lifetime of the machine: the bound only tells a hang from an answer.
            Assert.True(await Task.Run(() => Allowed($"User-agent: *\nDisallow: {pattern}\n", Bot, path)).WaitAsync(TimeSpan.FromMinutes(2)));
        }
    }

    /// <summary>RFC 9309 2.2.4: other records (Sitemap, Crawl-delay, unknown) never end a group.</summary>
    public class S2_2_4_Other_records
    {
        [Theory]
        [InlineData("Sitemap: https://stats.example.org/plan.xml")]
        [InlineData("Crawl-delay: 3")]
        [InlineData("Host: stats.example.org")]
        [InlineData("Clean-param: utm_source")]
        public void A_record_between_user_agent_lines_does_not_split_them(string record)
        {
            var robots = $"User-agent: otherbot\n{record}\nUser-agent: collectebot\nDisallow: /\n";
            Assert.False(Allowed(robots, Bot, "/a"));
            Assert.False(Allowed(robots, "otherbot", "/a"));
            Assert.True(Allowed(robots, "thirdbot", "/a"));
        }

        [Theory]
        [InlineData("Sitemap: https://stats.example.org/plan.xml")]
        [InlineData("Crawl-delay: 3")]
        [InlineData("Request-rate: 1/5")]
        public void A_record_between_rules_does_not_end_the_group(string record)
        {
            var robots = $"User-agent: collectebot\nDisallow: /a\n{record}\nDisallow: /b\n";
            Assert.False(Allowed(robots, Bot, "/a"));
            Assert.False(Allowed(robots, Bot, "/b"));
        }

        [Fact]
        public void Sitemaps_are_collected_wherever_they_are()
        {
            var robots = RobotsTxt.Parse("Sitemap: https://stats.example.org/a.xml\nUser-agent: otherbot\nDisallow: /\n\nSITEMAP: https://stats.example.org/b.xml # fin\nSitemap:\n");
            Assert.Equal(["https://stats.example.org/a.xml", "https://stats.example.org/b.xml"], robots.Sitemaps);
        }

        [Fact]
        public void Crawl_delay_belongs_to_the_agents_named_just_before_it()
        {
            var robots = RobotsTxt.Parse("""
                User-agent: otherbot
                Crawl-delay: 1
                User-agent: collectebot
                Crawl-delay: 2.5
                User-agent: thirdbot
                Crawl-delay: 0.2
                User-agent: *
                Disallow: /connexion
                """);
            Assert.Equal(1, robots.CrawlDelay("otherbot"));
            Assert.Equal(2.5, robots.CrawlDelay(Bot));
            Assert.Equal(0.2, robots.CrawlDelay("thirdbot"));
            Assert.Null(robots.CrawlDelay("fourthbot"));
            // One group: the rule applies to all four.
            foreach (var agent in new[] { "otherbot", Bot, "thirdbot", "fourthbot" })
                Assert.False(robots.Check(agent, new Uri("https://stats.example.org/connexion")).Allowed);
        }

        [Fact]
        public void Crawl_delay_after_the_rules_applies_to_the_group_and_the_own_group_excludes_the_star_one()
        {
            var robots = RobotsTxt.Parse("User-agent: *\nDisallow: /x\nCrawl-delay: 7\n\nUser-agent: collectebot\nDisallow: /y\n\nUser-agent: otherbot\nDisallow: /z\nCrawl-delay: 2\nCrawl-delay: 4\n");
            Assert.Equal(7, robots.CrawlDelay("somebody"));
            Assert.Null(robots.CrawlDelay(Bot));
            Assert.Equal(4, robots.CrawlDelay("otherbot"));
        }

        [Theory]
        [InlineData("abc")]
        [InlineData("-1")]
        [InlineData("")]
        public void A_crawl_delay_that_is_not_a_non_negative_number_is_ignored(string value) =>
            Assert.Null(RobotsTxt.Parse($"User-agent: *\nCrawl-delay: {value}\n").CrawlDelay(Bot));
    }

    /// <summary>RFC 9309 2.5: limits.</summary>
    public class S2_5_Limits
    {
        [Fact]
        public void Only_the_first_500_KiB_are_read()
        {
            var filler = new string('#', RobotsTxt.MaxBytes);
            var robots = RobotsTxt.Parse(Encoding.UTF8.GetBytes("User-agent: *\nDisallow: /a\n" + filler + "\nDisallow: /b\n"));
            Assert.False(robots.Check(Bot, new Uri("http://example.com/a")).Allowed);
            Assert.True(robots.Check(Bot, new Uri("http://example.com/b")).Allowed);
        }

        [Fact]
        public void A_rule_just_inside_500_KiB_is_read()
        {
            var head = "User-agent: *\n";
            var rule = "Disallow: /b\n";
            var filler = new string('#', RobotsTxt.MaxBytes - head.Length - rule.Length - 1) + "\n";
            var robots = RobotsTxt.Parse(Encoding.UTF8.GetBytes(head + filler + rule + "Disallow: /c\n"));
            Assert.False(robots.Check(Bot, new Uri("http://example.com/b")).Allowed);
            Assert.True(robots.Check(Bot, new Uri("http://example.com/c")).Allowed);
        }
    }
}
