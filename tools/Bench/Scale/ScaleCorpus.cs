using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using System.Text;

namespace Search.Bench.Scale;

/// <summary>One generated publication. Bytes are the file's content (UTF-8 HTML, or a PDF); PlainText is the visible text (title + body) for peers such as SQLite FTS5.</summary>
public sealed record ScaleDoc(int Index, string RelativePath, byte[] Bytes, string Title, string PlainText, string Format /* "html" or "pdf" */);

/// <summary>
/// A deterministic corpus of French publications about local authorities, at any size: document i of seed s is a pure
/// function of (i, s) and of the repository's sample texts and gazetteer (see <see cref="ScaleVocabulary"/>). About 2 % are
/// PDFs; the rest are HTML pages with their site's header, navigation and footer. No sidecar metadata: the title, date,
/// publisher and type are only in the text, as on the web.
/// </summary>
public static class ScaleCorpus
{
    [ThreadStatic] private static ScaleDocumentBuilder? t_builder;

    /// <summary>Files per subfolder (html/0042/ holds documents 42000 to 42999).</summary>
    public const int FilesPerFolder = 1000;

    public static ScaleDoc Generate(int index, int seed = 1)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        var builder = t_builder ??= new ScaleDocumentBuilder(ScaleVocabulary.Default);
        return builder.Build(index, seed);
    }

    /// <summary>
    /// Writes documents 0..count-1 under <paramref name="folder"/> (html/NNNN/… and pdf/NNNN/…) and returns their total size
    /// in bytes. Files are written in parallel; their content does not depend on the parallelism. Existing files of the same
    /// names are overwritten, other files are left alone.
    /// </summary>
    public static long Write(string folder, int count, int seed = 1, int parallelism = 0) => Write(folder, count, seed, parallelism, null);

    /// <summary><see cref="Write(string, int, int, int)"/>, reporting the number of documents written now and then.</summary>
    public static long Write(string folder, int count, int seed, int parallelism, Action<int>? progress)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        var root = Path.GetFullPath(folder);
        Directory.CreateDirectory(root);
        _ = ScaleVocabulary.Default; // loaded once, before the threads start
        var created = new ConcurrentDictionary<string, byte>(StringComparer.Ordinal);
        long total = 0;
        var done = 0;
        var options = new ParallelOptions { MaxDegreeOfParallelism = parallelism > 0 ? parallelism : Environment.ProcessorCount };
        // Chunks of consecutive indices per worker: files of one folder are written together.
        var ranges = System.Collections.Concurrent.Partitioner.Create(0, count, 250);
        Parallel.ForEach(ranges, options, range =>
        {
            long bytes = 0;
            for (var i = range.Item1; i < range.Item2; i++)
            {
                var doc = Generate(i, seed);
                var path = Path.Combine(root, doc.RelativePath);
                var dir = Path.GetDirectoryName(path)!;
                if (!created.ContainsKey(dir))
                {
                    Directory.CreateDirectory(dir);
                    created.TryAdd(dir, 0);
                }
                File.WriteAllBytes(path, doc.Bytes);
                bytes += doc.Bytes.Length;
            }
            Interlocked.Add(ref total, bytes);
            var now = Interlocked.Add(ref done, range.Item2 - range.Item1);
            progress?.Invoke(now);
        });
        return total;
    }
}

internal enum BlockKind { Line, Heading, Paragraph, ListItem, Table }

internal sealed class Block(BlockKind kind, string text, ScaleTable? table = null)
{
    public BlockKind Kind { get; } = kind;
    public string Text { get; } = text;
    public ScaleTable? Table { get; } = table;
}

internal sealed class ScaleTable
{
    public required string Caption { get; init; }
    public required string[] Header { get; init; }
    public required List<string[]> Rows { get; init; }
    public string? Source { get; init; }
}

/// <summary>Builds one document at a time (one instance per thread; buffers reused).</summary>
internal sealed class ScaleDocumentBuilder
{
    private static readonly string[] Months =
        ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"];
    private static readonly DateOnly FirstDate = new(2005, 1, 1);
    private static readonly DateOnly LastDate = new(2026, 11, 30);

    private static readonly string[] Claims =
    [
        "une hausse marquée depuis {Y0}", "des écarts persistants entre territoires", "un net rebond en {Y}", "la progression ralentit",
        "une situation contrastée", "un recul dans les territoires ruraux", "des disparités qui se réduisent", "une année de transition",
        "une dynamique portée par les grandes villes", "un niveau historiquement élevé", "la stabilité l'emporte", "des marges de manœuvre réduites",
    ];

    private readonly ScaleVocabulary _v;
    private readonly ScaleSentenceWriter _w;
    private readonly Dictionary<string, Topic> _topicByKey;
    private readonly StringBuilder _out = new(64 * 1024);
    private readonly StringBuilder _text = new(32 * 1024);
    private readonly StringBuilder _tmp = new(8 * 1024);
    private readonly List<Block> _blocks = [];
    private readonly List<Place> _places = [];
    private readonly List<string> _usedHeadings = [];
    private readonly List<string> _wrapped = [];

    // The current document.
    private ScaleRandom _r;
    private ScalePublisher _publisher = null!;
    private string _publisherName = "";
    private string _domain = "";
    private string _type = "";
    private char _scope;
    private Place? _primary;
    private DateOnly _date;
    private int _year;
    private bool _typographic;
    private int _words;

    public ScaleDocumentBuilder(ScaleVocabulary vocabulary)
    {
        _v = vocabulary;
        _w = new ScaleSentenceWriter(vocabulary);
        _topicByKey = vocabulary.Topics.ToDictionary(t => t.Key, StringComparer.Ordinal);
    }

    public ScaleDoc Build(int index, int seed)
    {
        _r = new ScaleRandom(seed, index);
        var pdf = _r.NextDouble() < 0.02;
        Plan();
        var title = Title();
        var target = WordTarget(pdf);
        Body(title, target);

        var slug = Slug(title);
        var folder = (index / ScaleCorpus.FilesPerFolder).ToString("D4", System.Globalization.CultureInfo.InvariantCulture);
        if (pdf)
        {
            var (bytes, text) = RenderPdf(title);
            return new ScaleDoc(index, $"pdf/{folder}/{index}-{slug}.pdf", bytes, title, text, "pdf");
        }
        var html = RenderHtml(title, slug);
        return new ScaleDoc(index, $"html/{folder}/{index}-{slug}.html", Encoding.UTF8.GetBytes(html), title, PlainText(title), "html");
    }

    // ---------- plan: publisher, type, territories, date, topics ----------

    private void Plan()
    {
        _publisher = ScalePublishers.All[ScalePublishers.Table.Sample(ref _r)];
        _type = ScalePublishers.Pick(_publisher.Types, ref _r);
        _scope = ScalePublishers.Pick(_publisher.Scopes, ref _r);
        _places.Clear();
        _primary = _scope switch
        {
            'C' => _v.Communes[_v.CommuneTable.Sample(ref _r)],
            'E' => _v.Epcis[_v.EpciTable.Sample(ref _r)],
            'D' => _v.Departements[_v.DepartementTable.Sample(ref _r)],
            'R' => _v.Regions[_v.RegionTable.Sample(ref _r)],
            _ => null,
        };
        if (_primary is not null) _places.Add(_primary);
        AddRelatedPlaces();

        switch (_publisher.Key)
        {
            case "crc":
                var region = _primary?.Region >= 0 ? _v.Regions[_primary.Region] : _primary is { Level: "region" } ? _primary : _v.Regions[_r.Below(_v.Regions.Length)];
                _publisherName = "Chambre régionale des comptes " + region.Name;
                _domain = _publisher.Domain;
                break;
            case "commune":
                _publisherName = _r.Below(3) switch { 0 => "Ville ", 1 => "Commune ", _ => "Mairie " } + _primary!.Of;
                _domain = (_r.Chance(0.5) ? "ville-" : "mairie-") + Slug(_primary.Name, 40) + ".example";
                break;
            case "departement":
                _publisherName = (_r.Chance(0.6) ? "Département " : "Conseil départemental ") + _primary!.Of;
                _domain = Slug(_primary.Name, 40) + ".departement.example";
                break;
            default:
                _publisherName = _publisher.Name;
                _domain = _publisher.Domain;
                break;
        }

        var offset = (int)(Math.Sqrt(_r.NextDouble()) * (LastDate.DayNumber - FirstDate.DayNumber));
        _date = FirstDate.AddDays(offset);
        var lag = _r.NextDouble();
        _year = _date.Year - (_type == ScalePublishers.Act ? 0 : lag < 0.15 ? 0 : lag < 0.75 ? 1 : 2);
        _typographic = _r.Chance(_publisher.TypographicApostrophes);

        _w.Reset(new ScaleRandom((int)(_r.Next() >> 33), (int)(_r.Next() >> 33), 1), _year, _r.Chance(0.3) ? '\u00A0' : ' ');
        var preferred = _publisher.Topics;
        _w.AddTopic(_topicByKey[preferred[_r.Below(preferred.Length)]]);
        var extra = _r.NextDouble() switch { < 0.35 => 0, < 0.8 => 1, _ => 2 };
        for (var i = 0; i < extra; i++) _w.AddTopic(_v.Topics[_r.Below(_v.Topics.Length)]);
        _w.PickKeywords(_r.Between(3, 7));
        foreach (var p in _places) _w.AddPlace(p);
        _w.OrganisationReference = _publisher.Reference;
        _w.DocumentReference = _type switch
        {
            ScalePublishers.Bulletin => "Le bulletin",
            ScalePublishers.Audit => "Le rapport",
            ScalePublishers.Report => "Le rapport",
            ScalePublishers.Methodology => "La note",
            ScalePublishers.Guide => "Le guide",
            ScalePublishers.Dataset => "Le jeu de données",
            ScalePublishers.Study => "L'étude",
            _ => "Cette publication",
        };
        _w.SourceLabel = _publisher.Sources[_r.Below(_publisher.Sources.Length)];
    }

    /// <summary>Up to three more territories: a commune's département (and EPCI), a département's région and communes, examples for national texts.</summary>
    private void AddRelatedPlaces()
    {
        var p = _primary;
        switch (p?.Level)
        {
            case "commune":
                _places.Add(_v.Departements[p.Departement]);
                if (p.Epci >= 0 && _r.Chance(0.4)) _places.Add(_v.Epcis[p.Epci]);
                if (_r.Chance(0.2)) _places.Add(_v.Regions[p.Region]);
                break;
            case "epci":
                if (p.Departement >= 0) _places.Add(_v.Departements[p.Departement]);
                var members = _v.CommunesOfEpci[Array.IndexOf(_v.Epcis, p)];
                if (members.Length > 0 && _r.Chance(0.5)) _places.Add(_v.Communes[members[_r.Below(Math.Min(5, members.Length))]]);
                break;
            case "departement":
                if (_r.Chance(0.5)) _places.Add(_v.Regions[p.Region]);
                var communes = _v.CommunesOfDepartement[Array.IndexOf(_v.Departements, p)];
                var n = _r.Below(3);
                for (var i = 0; i < n && communes.Length > 0; i++) AddDistinct(_v.Communes[communes[_r.Below(Math.Min(30, communes.Length))]]);
                break;
            case "region":
                var deps = _v.DepartementsOfRegion[Array.IndexOf(_v.Regions, p)];
                var k = _r.Below(3);
                for (var i = 0; i < k && deps.Length > 0; i++) AddDistinct(_v.Departements[deps[_r.Below(deps.Length)]]);
                break;
            default:
                // National texts sometimes cite examples.
                if (_r.Chance(0.35))
                {
                    var m = _r.Between(1, 3);
                    for (var i = 0; i < m; i++) AddDistinct(_r.Chance(0.6) ? _v.Communes[_v.CommuneTable.Sample(ref _r)] : _v.Departements[_v.DepartementTable.Sample(ref _r)]);
                }
                break;
        }
    }

    private void AddDistinct(Place p)
    {
        if (_places.Count < 4 && !_places.Contains(p)) _places.Add(p);
    }

    private int WordTarget(bool pdf)
    {
        // Log-normal around 950 words on average, 200 to 3,000.
        var words = Math.Exp(Math.Log(745) + 0.62 * _r.Normal());
        if (_type == ScalePublishers.Act) words *= 0.55;
        return (int)Math.Clamp(words, 200, pdf ? 2800 : 3000);
    }

    // ---------- title ----------

    private string Title()
    {
        var t = _type;
        var subject = Subject();
        var y = _year;
        switch (t)
        {
            case ScalePublishers.Bulletin:
                {
                    var n = 60 + (_date.Year - 2005) * 6 + _r.Below(6);
                    return _r.Chance(0.5)
                        ? $"Bulletin d'information statistique n° {n} — {Cap(subject)} en {y}"
                        : $"BIS n° {n} : {subject} en {y}";
                }
            case ScalePublishers.Statistical:
                return _r.Below(3) switch
                {
                    0 => $"{Cap(subject)} en {y}",
                    1 => $"{Cap(subject)} : les chiffres {y}",
                    _ => $"Les chiffres clés {y} : {subject}",
                };
            case ScalePublishers.Study:
                {
                    var claim = Claim();
                    switch (_publisher.Key)
                    {
                        case "insee":
                            var region = _primary is null ? null : _primary.Level == "region" ? _primary : _primary.Region >= 0 ? _v.Regions[_primary.Region] : null;
                            if (region is null) return $"Insee Première n° {1300 + (_date.Year - 2005) * 40 + _r.Below(40)} — {Cap(subject)} : {claim}";
                            return _r.Chance(0.6)
                                ? $"Insee Analyses {region.Name} n° {_r.Between(10, 190)} — {Cap(subject)} : {claim}"
                                : $"Insee Flash {region.Name} n° {_r.Between(10, 160)} : {subject} en {y}";
                        case "ofgl": return $"Cap sur n° {_r.Between(1, 30)} : {subject}";
                        case "ademe": return $"{Cap(subject)} : état des lieux {y}";
                        case "ot": return $"Fiche d'analyse : {subject}";
                        default: return $"{Cap(subject)} : {claim}";
                    }
                }
            case ScalePublishers.Audit:
                {
                    var p = _primary!;
                    var who = p.TitleName + (p.Level is "commune" or "epci" && p.Departement >= 0 ? " (" + _v.Departements[p.Departement].Name + ")" : "");
                    return _r.Below(3) switch
                    {
                        0 => $"Rapport d'observations définitives : {who}",
                        1 => $"{who} : rapport d'observations définitives",
                        _ => $"{who} – Rapport d'observations définitives, exercices {y - _r.Between(3, 6)} et suivants",
                    };
                }
            case ScalePublishers.Report:
                switch (_publisher.Key)
                {
                    case "ccomptes":
                        return _r.Chance(0.5) ? $"Les finances publiques locales {_date.Year} — fascicule {_r.Between(1, 2)}" : $"Rapport public thématique : {subject}";
                    case "crc": return $"Enquête régionale : {subject}";
                    case "commune":
                        return _r.Below(3) switch
                        {
                            0 => $"Rapport d'orientation budgétaire {_date.Year}",
                            1 => $"Rapport d'activité {y} des services municipaux",
                            _ => $"Rapport annuel sur le prix et la qualité du service public de l'eau {y}",
                        };
                    case "departement":
                        return _r.Below(3) switch
                        {
                            0 => $"Rapport d'activité {y}",
                            1 => $"Rapport de développement durable {y}",
                            _ => $"Schéma départemental : {subject}",
                        };
                    default: return $"Rapport {y} : {subject}";
                }
            case ScalePublishers.Methodology:
                return _r.Chance(0.6) ? $"Note méthodologique : {subject}" : $"Méthodologie : {subject} en {y}";
            case ScalePublishers.Dataset:
                return _r.Chance(0.5) ? $"Jeu de données : {subject} ({y})" : $"{Cap(subject)} — données {y} par commune";
            case ScalePublishers.Guide:
                return _r.Below(3) switch
                {
                    0 => $"Guide pratique : {subject}",
                    1 => $"Guide de lecture : {subject}",
                    _ => $"{Cap(subject)} : guide à l'usage des élus",
                };
            case ScalePublishers.Act:
                {
                    var what = ActSubject();
                    var when = LongDate(_date);
                    return _publisher.Key == "departement"
                        ? $"Délibération de la commission permanente du {when} : {what}"
                        : _r.Chance(0.5)
                            ? $"Délibération n° {y}-{_r.Between(1, 140):D3} du conseil municipal du {when} : {what}"
                            : $"{_primary!.TitleName} – Délibération du {when} : {what}";
                }
            default:
                return _r.Below(3) switch
                {
                    0 => $"{Cap(subject)} : ce qu'il faut savoir",
                    1 => $"Tout savoir sur {subject}",
                    _ => Cap(subject),
                };
        }
    }

    /// <summary>A subject of the primary topic, placed in the document's territory.</summary>
    private string Subject()
    {
        var subjects = _w.PrimaryTopic.Spec.Subjects;
        var s = subjects[_r.Below(subjects.Length)];
        var p = _primary;
        var hasLevel = s.Contains("{des}", StringComparison.Ordinal);
        switch (_scope)
        {
            case 'C':
            case 'E':
                s = s.Replace("{des}", _scope == 'C' ? "de la commune" : "de l'intercommunalité", StringComparison.Ordinal);
                return _type is ScalePublishers.Audit or ScalePublishers.Act ? s : p!.Name + " : " + s;
            case 'D':
                if (hasLevel) return s.Replace("{des}", _r.Chance(0.5) ? "du département " + p!.Of : Level() + " " + p!.Of, StringComparison.Ordinal);
                return s + " " + p!.Loc;
            case 'R':
                if (hasLevel) return s.Replace("{des}", _r.Chance(0.4) ? "de la région " + p!.Name : Level() + " " + p!.Of, StringComparison.Ordinal);
                return s + " " + p!.Loc;
            default:
                return s.Replace("{des}", Level(), StringComparison.Ordinal);
        }
    }

    private string Level() => ScaleLexicon.DesLevels[_r.Below(ScaleLexicon.DesLevels.Length)];

    private string Claim() => Claims[_r.Below(Claims.Length)]
        .Replace("{Y0}", (_year - _r.Between(3, 8)).ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal)
        .Replace("{Y}", _year.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);

    private string ActSubject()
    {
        var key = _w.PrimaryTopic.Key;
        var all = ScalePublishers.ActSubjects;
        var start = _r.Below(all.Length);
        var chosen = all[start].Subject;
        for (var i = 0; i < all.Length; i++)
        {
            var (topic, subject) = all[(start + i) % all.Length];
            if (topic == key) { chosen = subject; break; }
        }
        return chosen.Replace("{Yp}", (_year - 1).ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal)
            .Replace("{Y}", _year.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
    }

    private static string Cap(string s) => s.Length == 0 ? s : char.ToUpperInvariant(s[0]) + s[1..];

    private static string LongDate(DateOnly d) => (d.Day == 1 ? "1er" : d.Day.ToString(System.Globalization.CultureInfo.InvariantCulture)) + " " + Months[d.Month - 1] + " " + d.Year;

    // ---------- body ----------

    private Segment[][] SpecificPatterns() => _type switch
    {
        ScalePublishers.Audit => ScalePatterns.Audit,
        ScalePublishers.Guide => ScalePatterns.Guide,
        ScalePublishers.Bulletin or ScalePublishers.Statistical or ScalePublishers.Study or ScalePublishers.Methodology or ScalePublishers.Dataset => ScalePatterns.Statistics,
        _ => ScalePatterns.General,
    };

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private string Finish(StringBuilder sb)
    {
        if (_typographic) sb.Replace('\'', '’');
        var s = sb.ToString();
        sb.Clear();
        var spaces = 1;
        foreach (var c in s) if (c == ' ') spaces++;
        _words += spaces;
        return s;
    }

    private string Paragraph(int sentences, Segment[][] specific, double specificShare)
    {
        for (var i = 0; i < sentences; i++)
        {
            if (i > 0) _tmp.Append(' ');
            _w.Sentence(_tmp, _w.Rng.Chance(specificShare) ? specific : ScalePatterns.General);
        }
        return Finish(_tmp);
    }

    private string Heading()
    {
        var topicHeadings = _w.TopicAt(_w.Rng.Below(_w.TopicCount)).Spec.Headings;
        var pool = _type == ScalePublishers.Audit && _w.Rng.Chance(0.5) ? ScaleLexicon.AuditHeadings
            : _w.Rng.Chance(0.7) ? topicHeadings : ScaleLexicon.GenericHeadings;
        for (var attempt = 0; attempt < 6; attempt++)
        {
            var h = pool[_w.Rng.Below(pool.Length)];
            if (_usedHeadings.Contains(h)) continue;
            _usedHeadings.Add(h);
            return h;
        }
        return topicHeadings[_w.Rng.Below(topicHeadings.Length)] + " " + _year;
    }

    private string _chapo = "";
    private string _description = "";
    private string _datePrefix = "";
    private string _dateValue = "";
    private string _dateLine = "";
    private string _kicker = "";

    private void Body(string title, int target)
    {
        _blocks.Clear();
        _usedHeadings.Clear();
        _words = title.Split(' ').Length;
        var specific = SpecificPatterns();
        var share = specific == ScalePatterns.General ? 0 : 0.18;

        _kicker = _type;
        (_datePrefix, _dateValue) = DateLine();
        _dateLine = _datePrefix + _dateValue;
        // A deliberation has no standfirst: its subject line says what it is about.
        _chapo = _type == ScalePublishers.Act ? "" : Paragraph(_w.Rng.Between(1, 2), ScalePatterns.General, 0);

        var tables = 0;
        if (_type == ScalePublishers.Act)
        {
            var council = _publisher.Key == "departement" ? "de la commission permanente du conseil départemental" : "du conseil municipal";
            _blocks.Add(new Block(BlockKind.Line, "Extrait du registre des délibérations " + council));
            _blocks.Add(new Block(BlockKind.Line, "Séance du " + LongDate(_date)));
            var members = _w.Rng.Between(11, 45);
            var present = members - _w.Rng.Below(8);
            _blocks.Add(new Block(BlockKind.Line, $"Membres en exercice : {members} — présents : {present} — votants : {Math.Min(members, present + _w.Rng.Below(4))}"));
            var subject = ActSubject();
            _blocks.Add(new Block(BlockKind.Line, "Objet : " + subject));
            _description = "Objet : " + subject;
            ActBody(target);
            return;
        }
        else if (_type == ScalePublishers.Audit)
        {
            _blocks.Add(new Block(BlockKind.Heading, "Synthèse"));
            _usedHeadings.Add("Synthèse");
            _blocks.Add(new Block(BlockKind.Paragraph, Paragraph(_w.Rng.Between(3, 6), specific, share)));
            _blocks.Add(new Block(BlockKind.Heading, "Recommandations"));
            _usedHeadings.Add("Recommandations");
            var n = _w.Rng.Between(2, 6);
            for (var k = 1; k <= n; k++)
            {
                _tmp.Append("Recommandation n° ").Append(k).Append(" : ");
                _w.ChooseSentenceTopic();
                _w.Render(_tmp, ScalePatterns.Recommendations[_w.Rng.Below(ScalePatterns.Recommendations.Length)]);
                _tmp.Append('.');
                _blocks.Add(new Block(BlockKind.ListItem, Finish(_tmp)));
            }
        }

        _description = _chapo;
        while (_words < target)
        {
            var inSection = _w.Rng.Between(1, 3);
            _blocks.Add(new Block(BlockKind.Heading, Heading()));
            for (var p = 0; p < inSection && _words < target; p++)
            {
                var r = _w.Rng.NextDouble();
                if (r < 0.08 && tables < 2)
                {
                    _blocks.Add(new Block(BlockKind.Table, "", Table()));
                    tables++;
                }
                else if (r < 0.16)
                {
                    var items = _w.Rng.Between(3, 5);
                    for (var i = 0; i < items; i++) _blocks.Add(new Block(BlockKind.ListItem, Paragraph(1, specific, share)));
                }
                else
                {
                    _blocks.Add(new Block(BlockKind.Paragraph, Paragraph(_w.Rng.Between(2, 6), specific, share)));
                }
            }
        }
    }

    /// <summary>A deliberation: the report to the assembly, the legal grounds, the decision in articles, the signature.</summary>
    private void ActBody(int target)
    {
        var municipal = _publisher.Key != "departement";
        var speaker = municipal ? "Le maire" : "Le président";
        _blocks.Add(new Block(BlockKind.Paragraph, speaker + " expose à l'assemblée les éléments suivants."));
        while (_words < target * 0.7)
            _blocks.Add(new Block(BlockKind.Paragraph, Paragraph(_w.Rng.Between(2, 5), ScalePatterns.General, 0)));
        _blocks.Add(new Block(BlockKind.Line, "Vu le code général des collectivités territoriales ;"));
        if (_w.Rng.Chance(0.6)) _blocks.Add(new Block(BlockKind.Line, "Vu la délibération du " + LongDate(_date.AddDays(-_w.Rng.Between(30, 400))) + " ;"));
        var considering = _w.Rng.Between(1, 3);
        for (var i = 0; i < considering; i++) _blocks.Add(new Block(BlockKind.Line, Paragraph(1, ScalePatterns.ActConsidering, 1)));
        var votes = _w.Rng.Chance(0.6) ? "à l'unanimité" : $"par {_w.Rng.Between(12, 30)} voix pour et {_w.Rng.Between(1, 6)} abstentions";
        _blocks.Add(new Block(BlockKind.Line, $"Après en avoir délibéré, {(municipal ? "le conseil municipal" : "la commission permanente")}, {votes} :"));
        var articles = _w.Rng.Between(2, 4);
        for (var k = 1; k <= articles; k++)
        {
            _tmp.Append("Article ").Append(k).Append(" : ");
            _w.ChooseSentenceTopic();
            _w.Render(_tmp, k == articles ? ScalePatterns.ActArticles[municipal ? 5 : 7] : ScalePatterns.ActArticles[_w.Rng.Below(5)]);
            _blocks.Add(new Block(BlockKind.Line, Finish(_tmp)));
        }
        _blocks.Add(new Block(BlockKind.Line, "Fait et délibéré en séance les jour, mois et an susdits."));
        _blocks.Add(new Block(BlockKind.Line, municipal ? "Le maire" : "Le président du conseil départemental"));
        _blocks.Add(new Block(BlockKind.Line, "La présente délibération peut faire l'objet d'un recours devant le tribunal administratif dans un délai de deux mois."));
    }

    /// <summary>How the page shows its date: the words before it and the date itself.</summary>
    private (string Prefix, string Date) DateLine()
    {
        var d = _date;
        var numeric = $"{d.Day:D2}/{d.Month:D2}/{d.Year}";
        return _publisher.Key switch
        {
            "insee" => ("Paru le : ", numeric),
            "crc" or "ccomptes" => _w.Rng.Chance(0.5) ? ("Publié le ", LongDate(d)) : ("Date de publication : ", LongDate(d)),
            "ofgl" or "ot" => ("Publication : ", LongDate(d)),
            "commune" or "departement" => _w.Rng.Chance(0.5) ? ("Mis en ligne le ", numeric) : ("Publié le ", LongDate(d)),
            _ => _w.Rng.Below(3) switch { 0 => ("Publié le ", LongDate(d)), 1 => ("Publication : ", LongDate(d)), _ => ("Mis à jour le ", LongDate(d)) },
        };
    }

    private ScaleTable Table()
    {
        var rng = _w.Rng;
        var topic = _w.TopicAt(rng.Below(_w.TopicCount));
        var measures = topic.Spec.Measures;
        var columns = rng.Between(2, 3);
        var header = new string[columns + 1];
        var first = rng.Below(measures.Length);
        for (var c = 0; c < columns; c++) header[c + 1] = measures[(first + c) % measures.Length];
        var rowNames = new List<string>();
        var p = _primary;
        string firstColumn;
        switch (p?.Level)
        {
            case "region":
                firstColumn = "Département";
                foreach (var d in _v.DepartementsOfRegion[Array.IndexOf(_v.Regions, p)]) rowNames.Add(_v.Departements[d].Name);
                break;
            case "departement":
                firstColumn = "Commune";
                var communes = _v.CommunesOfDepartement[Array.IndexOf(_v.Departements, p)];
                for (var i = 0; i < Math.Min(communes.Length, rng.Between(5, 9)); i++) rowNames.Add(_v.Communes[communes[i]].Name);
                break;
            case "epci":
                firstColumn = "Commune membre";
                var members = _v.CommunesOfEpci[Array.IndexOf(_v.Epcis, p)];
                for (var i = 0; i < Math.Min(members.Length, rng.Between(4, 8)); i++) rowNames.Add(_v.Communes[members[i]].Name);
                break;
            case "commune":
                firstColumn = "Exercice";
                for (var y = _year - 4; y <= _year; y++) rowNames.Add(y.ToString(System.Globalization.CultureInfo.InvariantCulture));
                break;
            default:
                if (rng.Chance(0.5))
                {
                    firstColumn = "Région";
                    var start = rng.Below(_v.Regions.Length);
                    var count = rng.Between(6, 10);
                    for (var i = 0; i < count; i++) rowNames.Add(_v.Regions[(start + i * 7) % _v.Regions.Length].Name);
                }
                else
                {
                    firstColumn = "Strate de population";
                    rowNames.AddRange(ScalePublishers.StrataRows);
                }
                break;
        }
        if (p?.Level != "commune") rowNames.Add(rng.Chance(0.5) ? "Ensemble" : "Total");
        header[0] = firstColumn;
        var rows = new List<string[]>(rowNames.Count);
        var scales = new double[columns];
        for (var c = 0; c < columns; c++) scales[c] = header[c + 1].Contains('%') ? 5 + rng.NextDouble() * 40 : Math.Exp(2 + rng.NextDouble() * 7);
        foreach (var name in rowNames)
        {
            var row = new string[columns + 1];
            row[0] = name;
            for (var c = 0; c < columns; c++)
            {
                var value = scales[c] * Math.Exp(rng.Normal() * 0.35);
                if (header[c + 1].Contains('%') || value < 100) _w.Tenths(_tmp, (long)(value * 10));
                else _w.Integer(_tmp, (long)value);
                row[c + 1] = _tmp.ToString();
                _tmp.Clear();
            }
            rows.Add(row);
        }
        _w.Rng = rng;
        var caption = $"{header[1]} — {_year}";
        _words += rows.Count * (columns + 1) + 4;
        return new ScaleTable
        {
            Caption = caption, Header = header, Rows = rows,
            Source = "Source : " + _publisher.Sources[rng.Below(_publisher.Sources.Length)] + " " + _year + ".",
        };
    }

    // ---------- rendering ----------

    private string PlainText(string title)
    {
        var t = _text;
        t.Clear();
        t.Append(title).Append('\n');
        t.Append(_dateLine).Append('\n');
        if (_chapo.Length > 0) t.Append(_chapo).Append('\n');
        foreach (var b in _blocks)
        {
            if (b.Table is { } table)
            {
                t.Append(table.Caption).Append('\n');
                t.AppendJoin(' ', table.Header).Append('\n');
                foreach (var row in table.Rows) t.AppendJoin(' ', row).Append('\n');
                if (table.Source is not null) t.Append(table.Source).Append('\n');
            }
            else
            {
                t.Append(b.Text).Append('\n');
            }
        }
        return t.ToString();
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private string RenderHtml(string title, string slug)
    {
        var o = _out;
        o.Clear();
        var pub = _publisher;
        var section = pub.Menu[_type is ScalePublishers.Act or ScalePublishers.Report ? pub.Menu.Length - 1 : 0];
        var iso = _date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        o.Append("<!DOCTYPE html>\n<html lang=\"fr\">\n<head>\n<meta charset=\"utf-8\">\n<title>");
        Escape(o, title);
        o.Append(" | ");
        Escape(o, _publisherName);
        o.Append("</title>\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<meta name=\"description\" content=\"");
        Escape(o, _description.Length > 300 ? _description[..300] : _description);
        o.Append("\">\n<link rel=\"canonical\" href=\"https://").Append(_domain).Append('/').Append(Slug(section, 40)).Append('/').Append(slug).Append("\">\n");
        if (_w.Rng.Chance(0.2)) o.Append("<meta property=\"article:published_time\" content=\"").Append(iso).Append("\">\n");
        o.Append("<link rel=\"stylesheet\" href=\"/assets/css/site.css\">\n</head>\n<body>\n");
        o.Append("<a class=\"skip-link\" href=\"#contenu\">Aller au contenu</a>\n<header class=\"site-header\">\n  <a class=\"logo\" href=\"https://").Append(_domain).Append("/\">");
        Escape(o, _publisherName);
        o.Append("</a>\n  <p class=\"tagline\">");
        Escape(o, pub.Tagline);
        o.Append("</p>\n  <nav class=\"main-menu\" aria-label=\"Menu principal\">\n    <ul>\n");
        foreach (var m in pub.Menu)
        {
            o.Append("      <li><a href=\"/").Append(Slug(m, 40)).Append("\">");
            Escape(o, m);
            o.Append("</a></li>\n");
        }
        o.Append("    </ul>\n  </nav>\n  <form class=\"search\" role=\"search\" action=\"/recherche\"><label for=\"q\">Rechercher</label><input id=\"q\" name=\"q\" type=\"search\"><button>OK</button></form>\n</header>\n");
        o.Append("<nav class=\"breadcrumb\" aria-label=\"Vous êtes ici\">\n  <ol>\n    <li><a href=\"/\">Accueil</a></li>\n    <li><a href=\"/").Append(Slug(section, 40)).Append("\">");
        Escape(o, section);
        o.Append("</a></li>\n    <li aria-current=\"page\">");
        Escape(o, title);
        o.Append("</li>\n  </ol>\n</nav>\n<main id=\"contenu\">\n<article class=\"publication\">\n<p class=\"kicker\">");
        Escape(o, _kicker);
        o.Append("</p>\n<h1>");
        Escape(o, title);
        o.Append("</h1>\n<p class=\"date\">");
        Escape(o, _datePrefix);
        o.Append("<time datetime=\"").Append(iso).Append("\">");
        Escape(o, _dateValue);
        o.Append("</time></p>\n");
        if (_publisher.Key is "crc" or "commune" or "departement")
        {
            o.Append("<p class=\"author\">");
            Escape(o, _publisherName);
            o.Append("</p>\n");
        }
        if (_chapo.Length > 0)
        {
            o.Append("<p class=\"chapo\"><strong>");
            Escape(o, _chapo);
            o.Append("</strong></p>\n");
        }

        var inList = false;
        foreach (var b in _blocks)
        {
            if (b.Kind != BlockKind.ListItem && inList) { o.Append("</ul>\n"); inList = false; }
            switch (b.Kind)
            {
                case BlockKind.Heading:
                    o.Append("<h2>");
                    Escape(o, b.Text);
                    o.Append("</h2>\n");
                    break;
                case BlockKind.Paragraph:
                case BlockKind.Line:
                    o.Append(b.Kind == BlockKind.Line ? "<p class=\"mention\">" : "<p>");
                    Escape(o, b.Text);
                    o.Append("</p>\n");
                    break;
                case BlockKind.ListItem:
                    if (!inList) { o.Append("<ul>\n"); inList = true; }
                    o.Append("  <li>");
                    Escape(o, b.Text);
                    o.Append("</li>\n");
                    break;
                case BlockKind.Table:
                    HtmlTable(o, b.Table!);
                    break;
            }
        }
        if (inList) o.Append("</ul>\n");
        o.Append("</article>\n");
        if (_w.Rng.Chance(0.5))
        {
            o.Append("<aside class=\"related\">\n<h2>À lire aussi</h2>\n<ul>\n");
            var topics = _w.PrimaryTopic.Spec.Subjects;
            for (var i = 0; i < 3; i++)
            {
                o.Append("  <li><a href=\"/").Append(Slug(section, 40)).Append("/").Append(Slug(topics[(i * 5 + _year) % topics.Length], 50)).Append("\">");
                Escape(o, Cap(topics[(i * 5 + _year) % topics.Length].Replace("{des}", "des collectivités", StringComparison.Ordinal)));
                o.Append("</a></li>\n");
            }
            o.Append("</ul>\n</aside>\n");
        }
        o.Append("</main>\n<footer class=\"site-footer\">\n  <ul>\n    <li><a href=\"/mentions-legales\">Mentions légales</a></li>\n    <li><a href=\"/accessibilite\">Accessibilité : non conforme</a></li>\n    <li><a href=\"/donnees-personnelles\">Données personnelles</a></li>\n    <li><a href=\"/plan-du-site\">Plan du site</a></li>\n    <li><a href=\"/contact\">Contact</a></li>\n  </ul>\n  <p>© ");
        Escape(o, _publisherName);
        o.Append(" — sauf mention contraire, contenus sous Licence Ouverte.</p>\n</footer>\n</body>\n</html>\n");
        return o.ToString();
    }

    private static void HtmlTable(StringBuilder o, ScaleTable t)
    {
        o.Append("<table class=\"figures\">\n<caption>");
        Escape(o, t.Caption);
        o.Append("</caption>\n<thead>\n<tr>");
        foreach (var h in t.Header)
        {
            o.Append("<th scope=\"col\">");
            Escape(o, h);
            o.Append("</th>");
        }
        o.Append("</tr>\n</thead>\n<tbody>\n");
        foreach (var row in t.Rows)
        {
            o.Append("<tr><th scope=\"row\">");
            Escape(o, row[0]);
            o.Append("</th>");
            for (var c = 1; c < row.Length; c++)
            {
                o.Append("<td>");
                Escape(o, row[c]);
                o.Append("</td>");
            }
            o.Append("</tr>\n");
        }
        o.Append("</tbody>\n</table>\n");
        if (t.Source is not null)
        {
            o.Append("<p class=\"source\"><small>");
            Escape(o, t.Source);
            o.Append("</small></p>\n");
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void Escape(StringBuilder o, string s)
    {
        var from = 0;
        for (var i = 0; i < s.Length; i++)
        {
            var rep = s[i] switch { '&' => "&amp;", '<' => "&lt;", '>' => "&gt;", '"' => "&quot;", _ => null };
            if (rep is null) continue;
            o.Append(s, from, i - from).Append(rep);
            from = i + 1;
        }
        o.Append(s, from, s.Length - from);
    }

    // ---------- PDF ----------

    private const double Left = 56.7;
    private const double Top = 790;
    private const double Bottom = 62;
    private const double TextWidth = ScalePdf.PageWidth - 2 * Left;
    private const int MaxPages = 5;

    private (byte[] Bytes, string Text) RenderPdf(string title)
    {
        var pages = new List<List<PdfTextLine>> { new() };
        var text = _text;
        text.Clear();
        var y = Top;
        var full = false;

        // Places lines on the page, opening a new page when needed; false once the fifth page is full.
        bool Add(string line, bool bold, double size, double gapBefore, double x = Left, bool newLine = true, bool visible = true)
        {
            var height = size * 1.32;
            if (newLine)
            {
                y -= gapBefore + height;
                if (y < Bottom)
                {
                    if (pages.Count == MaxPages) { full = true; return false; }
                    pages.Add([]);
                    y = Top - height;
                }
            }
            pages[^1].Add(new PdfTextLine(line, bold, size, x, y));
            if (visible) text.Append(line).Append(newLine ? '\n' : ' ');
            return true;
        }
        void Wrapped(string paragraph, bool bold, double size, double gap, string prefix = "")
        {
            if (full) return;
            _wrapped.Clear();
            ScalePdf.Wrap(prefix + paragraph, bold, size, TextWidth - (prefix.Length > 0 ? 12 : 0), _wrapped);
            for (var i = 0; i < _wrapped.Count; i++)
            {
                if (!Add(_wrapped[i], bold, size, i == 0 ? gap : 0, prefix.Length > 0 && i > 0 ? Left + 12 : Left)) return;
            }
        }

        Wrapped(_publisherName, true, 9, 0);
        Wrapped(_kicker, false, 9, 2);
        Wrapped(title, true, 16, 14);
        Wrapped(_dateLine, false, 10, 8);
        if (_chapo.Length > 0) Wrapped(_chapo, true, 10.5, 14);
        foreach (var b in _blocks)
        {
            if (full) break;
            switch (b.Kind)
            {
                case BlockKind.Heading: Wrapped(b.Text, true, 12, 12); break;
                case BlockKind.Line: Wrapped(b.Text, false, 10, 4); break;
                case BlockKind.Paragraph: Wrapped(b.Text, false, 10, 6); break;
                case BlockKind.ListItem: Wrapped(b.Text, false, 10, 3, "• "); break;
                case BlockKind.Table:
                    {
                        var t = b.Table!;
                        Wrapped(t.Caption, true, 9.5, 10);
                        var columnWidth = (TextWidth - 170) / (t.Header.Length - 1);
                        foreach (var row in (IEnumerable<string[]>)[t.Header, .. t.Rows])
                        {
                            if (full) break;
                            var bold = ReferenceEquals(row, t.Header);
                            if (!Add(row[0], bold, 9, 2, visible: false)) break;
                            for (var c = 1; c < row.Length; c++)
                                Add(row[c], bold, 9, 0, Left + 170 + (c - 1) * columnWidth, newLine: false, visible: false);
                            text.AppendJoin(' ', row).Append('\n');
                        }
                        if (t.Source is not null) Wrapped(t.Source, false, 8, 3);
                        break;
                    }
            }
        }
        // Page numbers: printed, not part of the body text.
        for (var p = 0; p < pages.Count; p++)
            pages[p].Add(new PdfTextLine($"{p + 1} / {pages.Count}", false, 8, ScalePdf.PageWidth / 2 - 8, 36));
        var bytes = ScalePdf.Write(pages, _w.Rng.Chance(0.75) ? title : null, _publisherName, _date);
        return (bytes, text.ToString());
    }

    // ---------- names ----------

    /// <summary>Lower-case ASCII words joined by hyphens, at most <paramref name="max"/> characters.</summary>
    private static string Slug(string text, int max = 60)
    {
        var folded = Search.Core.Territories.TerritoryText.Fold(text);
        var sb = new StringBuilder(Math.Min(folded.Length, max + 1));
        var dash = false;
        foreach (var c in folded)
        {
            if (c is >= 'a' and <= 'z' or >= '0' and <= '9')
            {
                if (dash && sb.Length > 0) sb.Append('-');
                dash = false;
                if (sb.Length >= max) break;
                sb.Append(c);
            }
            else
            {
                dash = true;
            }
        }
        return sb.Length == 0 ? "document" : sb.ToString();
    }
}
