using System.Runtime.CompilerServices;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.DocumentLayoutAnalysis;
using UglyToad.PdfPig.DocumentLayoutAnalysis.PageSegmenter;
using UglyToad.PdfPig.DocumentLayoutAnalysis.ReadingOrderDetector;
using Segment = UglyToad.PdfPig.Core.PdfLine;

[assembly: System.Runtime.CompilerServices.InternalsVisibleTo("Search.Pipeline.Tests")]

namespace Search.Pipeline.Extraction;

public sealed partial class PdfExtractor
{
    /// <summary>
    /// The layout steps of PdfPig 0.1.16 that dominate the extraction time of long, table-heavy PDFs, computed
    /// the same way with less work. Each method gives the result of the PdfPig call it names, with its
    /// default options (tested against it on the corpora): only the search for candidates changes.
    /// <list type="bullet">
    /// <item><see cref="ReadingOrder"/> = <c>UnsupervisedReadingOrderDetector.Instance.Get</c>: PdfPig averages the
    /// letters' rendering order of both blocks for every pair of blocks and rescans its whole graph after each
    /// pick (cubic); here each block's average is computed once and out-degrees are counted (quadratic, cheap).</item>
    /// <item><see cref="Docstrum"/> = <c>DocstrumBoundingBoxes.Instance.GetBlocks</c>: the blocking step compares
    /// every line with every other line; when all lines are horizontal (the usual page) the perpendicular
    /// distance of two lines is the gap between their baselines, so only lines within the blocking distance
    /// are compared, in the same order, with PdfPig's own distance function.</item>
    /// </list>
    /// </summary>
    internal static class Layout
    {
        private static readonly DocstrumBoundingBoxes.DocstrumBoundingBoxesOptions DocstrumDefaults = new();

        /// <summary>Reading order T (tolerance) of <c>UnsupervisedReadingOrderDetector.Instance</c>.</summary>
        private const double ReadingOrderTolerance = 5;

        /// <summary>The blocks of a page, as <c>DocstrumBoundingBoxes.Instance.GetBlocks(words)</c> returns them.</summary>
        public static IReadOnlyList<TextBlock> Docstrum(IReadOnlyList<Word> words)
        {
            var o = DocstrumDefaults;
            var kept = words.Where(w => !string.IsNullOrWhiteSpace(w.Text)).ToList();
            if (kept.Count == 0) return [];
            var geometry = WordGeometry.Rent(kept);
            // One tree serves both steps: PdfPig builds the same one twice (words by their bottom-left corner).
            var tree = PointTree.Rent(geometry.BottomLeft.AsSpan(0, geometry.Count));
            var neighbours = geometry.Neighbours;
            var withinLine = SpacingEstimation(geometry, tree, o.WithinLineBounds, o.WithinLineBinSize, o.BetweenLineBounds, o.BetweenLineBinSize,
                neighbours, out var betweenLine);
            tree.Return();
            if (double.IsNaN(withinLine)) withinLine = 0;
            if (double.IsNaN(betweenLine)) betweenLine = 0;
            var lines = Lines(kept, neighbours, o.WithinLineMultiplier * withinLine, o.WordSeparator);
            geometry.Return();
            return StructuralBlocks(lines, o.BetweenLineMultiplier * betweenLine, o.AngularDifferenceBounds, o.Epsilon, o.LineSeparator);
        }

        /// <summary>
        /// The word corners and angles the Docstrum steps read again and again (PdfRectangle computes some on each read),
        /// with the steps' working lists: in arrays the thread's previous page left (see <see cref="Scratch"/>), the first
        /// <see cref="Count"/> items of each.
        /// </summary>
        private sealed class WordGeometry
        {
            [ThreadStatic] private static WordGeometry? t_free;

            public int Count;
            public PdfPoint[] BottomLeft = [];
            public PdfPoint[] BottomRight = [];
            public PdfPoint[] TopLeft = [];
            public PdfPoint[] Centroid = [];
            public double[] Rotation = [];
            public double[] Height = [];
            public readonly WithinLineNeighbours Neighbours = new();
            public readonly List<double> Within = [];
            public readonly List<double> Between = [];
            public readonly List<(int Index, double Distance)> Found = [];

            public static WordGeometry Rent(IReadOnlyList<Word> words)
            {
                var g = t_free ?? new WordGeometry();
                t_free = null;
                var n = words.Count;
                g.Count = n;
                Scratch.AtLeast(ref g.BottomLeft, n);
                Scratch.AtLeast(ref g.BottomRight, n);
                Scratch.AtLeast(ref g.TopLeft, n);
                Scratch.AtLeast(ref g.Centroid, n);
                Scratch.AtLeast(ref g.Rotation, n);
                Scratch.AtLeast(ref g.Height, n);
                for (var i = 0; i < n; i++)
                {
                    var box = words[i].BoundingBox;
                    g.BottomLeft[i] = box.BottomLeft;
                    g.BottomRight[i] = box.BottomRight;
                    g.TopLeft[i] = box.TopLeft;
                    g.Centroid[i] = box.Centroid;
                    g.Rotation[i] = box.Rotation;
                    g.Height[i] = box.Height;
                }
                g.Neighbours.Reset(n);
                g.Within.Clear();
                g.Between.Clear();
                g.Found.Clear();
                return g;
            }

            public void Return() => t_free = this;

            /// <summary>DocstrumBoundingBoxes.AngleWL: from the pivot's bottom right to the candidate's bottom left, in [-90, 90].</summary>
            public double AngleWithinLine(int pivot, int candidate)
            {
                var angle = Distances.BoundAngle180(Distances.Angle(BottomRight[pivot], BottomLeft[candidate]) - Rotation[pivot]);
                if (angle > 90) angle -= 180;
                else if (angle < -90) angle += 180;
                return angle;
            }

            /// <summary>DocstrumBoundingBoxes.AngleBL: between the centroids, in [0, 180].</summary>
            public double AngleBetweenLines(int pivot, int candidate)
            {
                var angle = Distances.BoundAngle180(Distances.Angle(Centroid[pivot], Centroid[candidate]) - Rotation[pivot]);
                if (angle < 0) angle += 180;
                return angle;
            }
        }

        /// <summary>
        /// The two nearest words after each word (PdfPig's 2-NN: ties included), with their distance and whether they lie
        /// within the line angle. The spacing estimation and the line step ask PdfPig's tree exactly the same question
        /// (same tree, same pivot point, same k), so it is asked once.
        /// </summary>
        private sealed class WithinLineNeighbours
        {
            public int[] Start = [];
            public readonly List<(int Index, double Distance, bool InAngle)> Entries = [];

            public void Reset(int words)
            {
                Scratch.AtLeast(ref Start, words + 1);
                Entries.Clear();
                if (Entries.Capacity < words * 2) Entries.Capacity = words * 2;
            }
        }

        /// <summary>DocstrumBoundingBoxes.GetSpacingEstimation (sequential: PdfPig's parallel loop only changes the order of a sum).</summary>
        private static double SpacingEstimation(WordGeometry g, PointTree tree,
            DocstrumBoundingBoxes.AngleBounds withinBounds, int withinBin, DocstrumBoundingBoxes.AngleBounds betweenBounds, int betweenBin,
            WithinLineNeighbours neighbours, out double betweenLine)
        {
            var within = g.Within;
            var between = g.Between;
            var found = g.Found;
            for (var i = 0; i < g.Count; i++)
            {
                tree.NearestNeighbours(i, g.BottomRight[i], 2, euclidean: true, found);
                neighbours.Start[i] = neighbours.Entries.Count;
                foreach (var (j, d) in found)
                {
                    var inAngle = withinBounds.Contains(g.AngleWithinLine(i, j));
                    neighbours.Entries.Add((j, d, inAngle));
                    if (inAngle) within.Add(Distances.Euclidean(g.BottomRight[i], g.BottomLeft[j]));
                }
                tree.NearestNeighbours(i, g.TopLeft[i], 2, euclidean: true, found);
                foreach (var (j, _) in found)
                {
                    var angle = g.AngleBetweenLines(i, j);
                    if (!betweenBounds.Contains(angle)) continue;
                    var hypotenuse = Distances.Euclidean(g.Centroid[i], g.Centroid[j]);
                    if (angle > 90) angle -= 180;
                    var distance = Math.Abs(hypotenuse * Math.Cos((90 - angle) * Math.PI / 180)) - g.Height[i] / 2.0 - g.Height[j] / 2.0;
                    if (distance >= 0) between.Add(distance);
                }
            }
            neighbours.Start[g.Count] = neighbours.Entries.Count;
            betweenLine = PeakAverageDistance(between, betweenBin) ?? double.NaN;
            return PeakAverageDistance(within, withinBin) ?? double.NaN;
        }

        /// <summary>DocstrumBoundingBoxes.GetPeakAverageDistance: the mean of the fullest bin of the histogram.</summary>
        private static double? PeakAverageDistance(List<double> distances, int binLength)
        {
            if (distances.Count == 0) return null;
            var maxDbl = distances[0];
            for (var i = 1; i < distances.Count; i++)
            {
                if (distances[i] > maxDbl) maxDbl = distances[i];
            }
            maxDbl = Math.Ceiling(maxDbl);
            if (maxDbl > int.MaxValue) throw new OverflowException($"Error while casting maximum distance of {maxDbl} to integer.");
            var max = (int)maxDbl;
            if (max == 0) max = binLength;
            else binLength = binLength > max ? max : binLength;
            var binCount = (int)Math.Ceiling(max / (double)binLength) + 1;
            var bins = new List<double>[binCount];
            for (var i = 0; i < binCount; i++) bins[i] = [];
            foreach (var distance in distances)
            {
                var bin = (int)Math.Floor(distance / binLength);
                if (bin < 0) throw new ArgumentOutOfRangeException(nameof(distances), "Negative distance found while computing peak average distance.");
                if (bin >= binCount) bin = binCount - 1;
                bins[bin].Add(distance);
            }
            List<double>? best = null;
            foreach (var bin in bins)
            {
                if (best is null || bin.Count > best.Count) best = bin;
            }
            if (best is null || best.Count == 0) return null;
            double sum = 0;
            foreach (var d in best) sum += d;
            return sum / best.Count;
        }

        /// <summary>DocstrumBoundingBoxes.GetLines: each word is linked to the first of its two nearest words (by its
        /// bottom-right corner to their bottom-left corner) that lies within the line angle and distance.</summary>
        private static TextLine[] Lines(List<Word> words, WithinLineNeighbours neighbours, double maxDistance, string separator)
        {
            var links = new int[words.Count];
            Array.Fill(links, -1);
            for (var e = 0; e < words.Count; e++)
            {
                for (var k = neighbours.Start[e]; k < neighbours.Start[e + 1]; k++)
                {
                    var (j, distance, inAngle) = neighbours.Entries[k];
                    if (inAngle && distance < maxDistance)
                    {
                        links[e] = j;
                        break;
                    }
                }
            }
            var s = Scratch.Rent();
            var groups = GroupIndexes(links, s);
            var lines = new TextLine[groups.Count];
            for (var i = 0; i < groups.Count; i++)
            {
                var group = groups[i];
                var lineWords = new List<Word>(group.Length);
                foreach (var k in group) lineWords.Add(words[k]);
                lines[i] = new TextLine(lineWords.OrderByReadingOrder(), separator);
            }
            Scratch.Return(s);
            return lines;
        }

        /// <summary>
        /// <c>NearestNeighbourWordExtractor.Instance.GetWords(letters)</c>: letters grouped by orientation; each
        /// letter linked to the letter whose start is nearest its end (Manhattan distance for axis-aligned text,
        /// Euclidean otherwise) when nearer than a fifth of the larger glyph size; linked letters form words.
        /// PdfPig appends the words of the orientation groups in the order its parallel loop happens to finish
        /// them (a race: on a page mixing horizontal and rotated text, the blocks of the rotated words can come
        /// before or after the others from one run to the next); here always in PdfPig's sequential order:
        /// horizontal, 270°, 180°, 90°, other.
        /// </summary>
        public static List<Word> Words(IReadOnlyList<Letter> letters)
        {
            var words = new List<Word>(letters.Count / 4);
            if (letters.Count == 0) return words;
            var n = letters.Count;
            var s = Scratch.Rent();
            // The letters by orientation group, each group in page order: a counting sort of their group numbers.
            var groupOf = Scratch.AtLeast(ref s.Bytes, n);
            Span<int> from = stackalloc int[6];
            for (var i = 0; i < n; i++)
            {
                var b = letters[i].TextOrientation switch
                {
                    TextOrientation.Horizontal => 0,
                    TextOrientation.Rotate270 => 1,
                    TextOrientation.Rotate180 => 2,
                    TextOrientation.Rotate90 => 3,
                    _ => 4,
                };
                groupOf[i] = (byte)b;
                from[b + 1]++;
            }
            for (var b = 0; b < 5; b++) from[b + 1] += from[b];
            var sorted = Scratch.AtLeast(ref s.Letters, n);
            Span<int> fill = stackalloc int[5];
            from[..5].CopyTo(fill);
            for (var i = 0; i < n; i++) sorted[fill[groupOf[i]]++] = letters[i];
            var starts = Scratch.AtLeast(ref s.Points, n);
            var links = Scratch.AtLeast(ref s.Links, n);
            for (var b = 0; b < 5; b++)
            {
                var count = from[b + 1] - from[b];
                if (count == 0) continue;
                var bucket = sorted.AsSpan(from[b], count);
                for (var i = 0; i < count; i++) starts[i] = bucket[i].StartBaseLine;
                var tree = PointTree.Rent(starts.AsSpan(0, count));
                links.AsSpan(0, count).Fill(-1);
                var euclidean = b == 4;
                for (var e = 0; e < count; e++)
                {
                    var pivot = bucket[e];
                    if (string.IsNullOrWhiteSpace(pivot.Value)) continue;
                    var index = tree.NearestNeighbour(e, pivot.EndBaseLine, euclidean, out var distance);
                    if (index == -1) continue;
                    var paired = bucket[index];
                    if (!string.IsNullOrWhiteSpace(paired.Value) && distance < MaximumWordDistance(pivot, paired)) links[e] = index;
                }
                tree.Return();
                var groups = GroupIndexes(links.AsSpan(0, count), s);
                for (var g = 0; g < groups.Count; g++)
                {
                    var group = groups[g];
                    var groupLetters = new List<Letter>(group.Length);
                    foreach (var i in group) groupLetters.Add(bucket[i]);
                    words.Add(new Word(groupLetters));
                }
            }
            Array.Clear(sorted, 0, n);
            Scratch.Return(s);
            return words;
        }

        /// <summary>NearestNeighbourWordExtractorOptions.MaximumDistance (default).</summary>
        private static double MaximumWordDistance(Letter l1, Letter l2)
        {
            var maxDist = Math.Max(Math.Max(Math.Max(Math.Max(Math.Max(
                Math.Abs(l1.BoundingBox.Width),
                Math.Abs(l2.BoundingBox.Width)),
                Math.Abs(l1.Width)),
                Math.Abs(l2.Width)),
                l1.PointSize), l2.PointSize) * 0.2;
            return l1.TextOrientation == TextOrientation.Other || l2.TextOrientation == TextOrientation.Other ? 2.0 * maxDist : maxDist;
        }

        /// <summary>
        /// PdfPig's KdTree&lt;T&gt; over points, built and searched exactly as PdfPig does (same median splits from
        /// the same sort, same visiting order, same tie rules, including its quirks), without delegates, tuples or
        /// allocations per node. Elements are identified by their index; the pivot is one of them.
        /// </summary>
        internal sealed class PointTree
        {
            [ThreadStatic] private static PointTree? t_free;

            private TreeNode[] _nodes = [];
            private double[] _xs = [];
            private double[] _ys = [];
            private Item[] _items = [];
            private int[] _rankX = [];
            private int[] _rankY = [];
            private int[] _byAxis = [];
            private double[] _sortedAxis = [];
            private int _root;
            private int _count;

            private readonly Queue _queue = new(2);

            /// <summary>
            /// What the build sorts: an element and the rank of its coordinate on the level's axis among all the points'
            /// (8 bytes; with the coordinate, 16, and with the whole point, 24, were moved for every exchange, and a double's
            /// CompareTo is several tests). Equal coordinates (by <c>double.CompareTo</c>) have equal ranks and a smaller
            /// coordinate a smaller rank, so every comparison of the sort has the outcome it had on the coordinates, and
            /// the same sort gives the same order, ties included.
            /// </summary>
            internal readonly record struct Item(int Key, int Index);

            private PointTree()
            {
            }

            /// <summary>
            /// The tree of <paramref name="points"/>, in arrays the thread's previous tree left (a tree was 60 bytes a
            /// point, built for every page twice); <see cref="Return"/> gives them back. Every node the build makes
            /// overwrites its slots, so nothing of the previous tree is read.
            /// </summary>
            public static PointTree Rent(ReadOnlySpan<PdfPoint> points)
            {
                var n = points.Length;
                if (n == 0) throw new ArgumentException("KdTree(): candidates cannot be null or empty.", nameof(points));
                var tree = t_free ?? new PointTree();
                t_free = null;
                if (tree._nodes.Length < n)
                {
                    var size = Math.Max(n, tree._nodes.Length + tree._nodes.Length / 2);
                    tree._nodes = new TreeNode[size];
                    tree._xs = new double[size];
                    tree._ys = new double[size];
                    tree._items = new Item[size];
                    tree._rankX = new int[size];
                    tree._rankY = new int[size];
                    tree._byAxis = new int[size];
                    tree._sortedAxis = new double[size];
                }
                var xs = tree._xs;
                var ys = tree._ys;
                var items = tree._items;
                for (var i = 0; i < n; i++)
                {
                    xs[i] = points[i].X;
                    ys[i] = points[i].Y;
                    items[i] = new Item(0, i);
                }
                tree._count = 0;
                tree.Rank(xs, n, tree._rankX);
                tree.Rank(ys, n, tree._rankY);
                tree._root = tree.Build(items.AsSpan(0, n), 0, xs, ys);
                return tree;
            }

            /// <summary>
            /// The dense rank of each of the first <paramref name="n"/> values: equal values (<c>CompareTo</c> = 0: -0 and
            /// +0, NaN and NaN) one rank, a smaller value a smaller rank (NaN the smallest, as <c>CompareTo</c> has it).
            /// </summary>
            internal void Rank(double[] values, int n, int[] ranks)
            {
                var sorted = _sortedAxis.AsSpan(0, n);
                var order = _byAxis.AsSpan(0, n);
                values.AsSpan(0, n).CopyTo(sorted);
                for (var i = 0; i < n; i++) order[i] = i;
                // Any order consistent with CompareTo will do: equal values end side by side whatever their order.
                sorted.Sort(order);
                var rank = 0;
                for (var k = 0; k < n; k++)
                {
                    if (k > 0 && sorted[k - 1].CompareTo(sorted[k]) != 0) rank++;
                    ranks[order[k]] = rank;
                }
            }

            /// <summary>Gives the tree's arrays back to the thread; the tree must not be used any more.</summary>
            public void Return() => t_free = this;

            /// <summary>The tree in preorder (tests): a leaf as its element, a node as "(element left right)", "-" for none.</summary>
            internal string Describe()
            {
                var sb = new System.Text.StringBuilder();
                Describe(_root, sb);
                return sb.ToString();
            }

            private void Describe(int node, System.Text.StringBuilder sb)
            {
                if (node == -1)
                {
                    sb.Append('-');
                    return;
                }
                ref readonly var nd = ref _nodes[node];
                if (nd.Leaf)
                {
                    sb.Append(nd.Element);
                    return;
                }
                sb.Append('(').Append(nd.Element).Append(' ');
                Describe(nd.Left, sb);
                sb.Append(' ');
                Describe(nd.Right, sb);
                sb.Append(')');
            }

            private int Build(Span<Item> p, int depth, double[] xs, double[] ys)
            {
                if (p.Length == 0) return -1;
                if (p.Length == 1) return Node(p[0].Index, depth, leaf: true, -1, -1, xs, ys);
                // The span is sorted by X on even levels, by Y on odd ones: each item takes the rank of that coordinate as its key.
                var keys = depth % 2 == 0 ? _rankX : _rankY;
                for (var k = 0; k < p.Length; k++) p[k] = new Item(keys[p[k].Index], p[k].Index);
                SameOrderSort.Sort(p);
                if (p.Length == 2) return Node(p[1].Index, depth, leaf: false, Node(p[0].Index, depth + 1, leaf: true, -1, -1, xs, ys), -1, xs, ys);
                var median = p.Length / 2;
                var left = Build(p[..median], depth + 1, xs, ys);
                var right = Build(p[(median + 1)..], depth + 1, xs, ys);
                return Node(p[median].Index, depth, leaf: false, left, right, xs, ys);
            }

            private int Node(int element, int depth, bool leaf, int left, int right, double[] xs, double[] ys)
            {
                var id = _count++;
                _nodes[id] = new TreeNode(xs[element], ys[element], element, left, right, leaf, depth % 2 == 0);
                return id;
            }

            /// <summary>A node's point, element, children (-1: none), whether it is a leaf and whether it cuts on X: one
            /// 32-byte item, so that a search reads one place per node it visits instead of seven arrays.</summary>
            private readonly record struct TreeNode(double X, double Y, int Element, int Left, int Right, bool Leaf, bool CutX);

            [MethodImpl(MethodImplOptions.AggressiveInlining)]
            private static double Distance(in TreeNode node, double px, double py, bool euclidean)
            {
                if (euclidean)
                {
                    var dx = node.X - px;
                    var dy = node.Y - py;
                    return Math.Sqrt(dx * dx + dy * dy);
                }
                return Math.Abs(node.X - px) + Math.Abs(node.Y - py);
            }

            /// <summary>KdTree.FindNearestNeighbour: the element index, or -1; distance NaN when none.</summary>
            public int NearestNeighbour(int pivot, PdfPoint point, bool euclidean, out double distance)
            {
                var node = Nearest(_root, pivot, point.X, point.Y, euclidean, out distance, out var has);
                if (node == -1 || !has)
                {
                    distance = double.NaN;
                    return -1;
                }
                return _nodes[node].Element;
            }

            private int Nearest(int node, int pivot, double px, double py, bool euclidean, out double distance, out bool has)
            {
                if (node == -1)
                {
                    distance = 0;
                    has = false;
                    return -1;
                }
                ref readonly var nd = ref _nodes[node];
                if (nd.Leaf)
                {
                    if (nd.Element == pivot)
                    {
                        distance = 0;
                        has = false;
                        return -1;
                    }
                    distance = Distance(nd, px, py, euclidean);
                    has = true;
                    return node;
                }
                var current = node;
                var currentDistance = Distance(nd, px, py, euclidean);
                int found;
                double foundDistance;
                bool foundHas;
                var pointValue = nd.CutX ? px : py;
                var l = nd.CutX ? nd.X : nd.Y;
                if (pointValue < l)
                {
                    found = Nearest(nd.Left, pivot, px, py, euclidean, out foundDistance, out foundHas);
                    if (foundHas && foundDistance <= currentDistance && _nodes[found].Element != pivot)
                    {
                        currentDistance = foundDistance;
                        current = found;
                    }
                    if (nd.Right != -1 && pointValue + currentDistance >= l)
                        found = Nearest(nd.Right, pivot, px, py, euclidean, out foundDistance, out foundHas);
                }
                else
                {
                    found = Nearest(nd.Right, pivot, px, py, euclidean, out foundDistance, out foundHas);
                    if (foundHas && foundDistance <= currentDistance && _nodes[found].Element != pivot)
                    {
                        currentDistance = foundDistance;
                        current = found;
                    }
                    if (nd.Left != -1 && pointValue - currentDistance <= l)
                        found = Nearest(nd.Left, pivot, px, py, euclidean, out foundDistance, out foundHas);
                }
                if (foundHas && foundDistance <= currentDistance && _nodes[found].Element != pivot)
                {
                    currentDistance = foundDistance;
                    current = found;
                }
                distance = currentDistance;
                has = true;
                return current;
            }

            /// <summary>
            /// KdTree.FindNearestNeighbours(pivot, k): PdfPig keeps the k smallest distinct distances seen (a sorted
            /// list of sets of nodes) and returns every node of them, by distance, then in the order they were added.
            /// </summary>
            public void NearestNeighbours(int pivot, PdfPoint point, int k, bool euclidean, List<(int Index, double Distance)> result)
            {
                var queue = _queue;
                queue.Reset(k);
                NearestK(_root, pivot, point.X, point.Y, euclidean, queue, out _);
                result.Clear();
                for (var i = 0; i < queue.Count; i++)
                {
                    foreach (var node in queue.Nodes(i)) result.Add((_nodes[node].Element, queue.Key(i)));
                }
            }

            private int NearestK(int node, int pivot, double px, double py, bool euclidean, Queue queue, out double distance)
            {
                if (node == -1)
                {
                    distance = double.NaN;
                    return -1;
                }
                ref readonly var nd = ref _nodes[node];
                if (nd.Leaf)
                {
                    if (nd.Element == pivot)
                    {
                        distance = double.NaN;
                        return -1;
                    }
                    var d = Distance(nd, px, py, euclidean);
                    var nearest = node;
                    if (!queue.IsFull || d <= queue.LastDistance)
                    {
                        queue.Add(d, nearest);
                        d = queue.LastDistance;
                        nearest = queue.LastNode;
                    }
                    distance = d;
                    return nearest;
                }
                var current = node;
                var currentDistance = Distance(nd, px, py, euclidean);
                if ((!queue.IsFull || currentDistance <= queue.LastDistance) && nd.Element != pivot)
                {
                    queue.Add(currentDistance, current);
                    currentDistance = queue.LastDistance;
                    current = queue.LastNode;
                }
                var found = -1;
                var foundDistance = double.NaN;
                var pointValue = nd.CutX ? px : py;
                var l = nd.CutX ? nd.X : nd.Y;
                if (pointValue < l)
                {
                    found = NearestK(nd.Left, pivot, px, py, euclidean, queue, out foundDistance);
                    if (!double.IsNaN(foundDistance) && foundDistance <= currentDistance && _nodes[found].Element != pivot)
                    {
                        queue.Add(foundDistance, found);
                        currentDistance = queue.LastDistance;
                        current = queue.LastNode;
                    }
                    if (nd.Right != -1 && pointValue + currentDistance >= l)
                        found = NearestK(nd.Right, pivot, px, py, euclidean, queue, out foundDistance);
                }
                else
                {
                    found = NearestK(nd.Right, pivot, px, py, euclidean, queue, out foundDistance);
                    if (!double.IsNaN(foundDistance) && foundDistance <= currentDistance && _nodes[found].Element != pivot)
                    {
                        queue.Add(foundDistance, found);
                        currentDistance = queue.LastDistance;
                        current = queue.LastNode;
                    }
                    if (nd.Left != -1 && pointValue - currentDistance <= l)
                        found = NearestK(nd.Left, pivot, px, py, euclidean, queue, out foundDistance);
                }
                if (!double.IsNaN(foundDistance) && foundDistance <= currentDistance && _nodes[found].Element != pivot)
                {
                    queue.Add(foundDistance, found);
                    currentDistance = queue.LastDistance;
                    current = queue.LastNode;
                }
                distance = currentDistance;
                return current;
            }

            /// <summary>
            /// PdfPig's KNearestNeighboursQueue (a SortedList of HashSets): up to K distinct distances, ascending,
            /// each with its nodes in the order they were added (a HashSet without removals enumerates so).
            /// Reused from one search to the next.
            /// </summary>
            private sealed class Queue(int capacity)
            {
                private double[] _keys = new double[capacity + 1];
                private List<int>[] _sets = NewSets(capacity + 1);
                private int _k = capacity;

                public int Count { get; private set; }
                public bool IsFull => Count >= _k;
                public double LastDistance { get; private set; } = double.PositiveInfinity;
                public int LastNode { get; private set; } = -1;

                public double Key(int i) => _keys[i];
                public List<int> Nodes(int i) => _sets[i];

                private static List<int>[] NewSets(int n)
                {
                    var sets = new List<int>[n];
                    for (var i = 0; i < n; i++) sets[i] = new List<int>(2);
                    return sets;
                }

                public void Reset(int k)
                {
                    if (k + 1 > _keys.Length)
                    {
                        _keys = new double[k + 1];
                        _sets = NewSets(k + 1);
                    }
                    for (var i = 0; i < Count; i++) _sets[i].Clear();
                    _k = k;
                    Count = 0;
                    LastDistance = double.PositiveInfinity;
                    LastNode = -1;
                }

                public void Add(double key, int node)
                {
                    if (key > LastDistance && IsFull) return;
                    // SortedList's key search (Comparer<double>.Default): the keys are sorted and distinct, and at most
                    // k + 1 (3 here), so the first key not below this one is where a binary search ends.
                    var at = 0;
                    while (at < Count && _keys[at].CompareTo(key) < 0) at++;
                    if (at == Count || _keys[at].CompareTo(key) != 0)
                    {
                        var spare = _sets[Count];
                        for (var i = Count; i > at; i--)
                        {
                            _keys[i] = _keys[i - 1];
                            _sets[i] = _sets[i - 1];
                        }
                        _keys[at] = key;
                        _sets[at] = spare;
                        Count++;
                        if (Count > _k)
                        {
                            Count--;
                            _sets[Count].Clear();
                        }
                    }
                    var set = _sets[at];
                    if (set.Contains(node)) return;
                    set.Add(node);
                    LastDistance = _keys[Count - 1];
                    var last = _sets[Count - 1];
                    LastNode = last[^1];
                }
            }
        }

        /// <summary>
        /// Sorts kd-tree items by their key (the level's X or Y) with the very algorithm of <c>Span&lt;T&gt;.Sort(Comparison&lt;T&gt;)</c> in
        /// .NET (introspective sort: insertion sort up to 16 items, median-of-three quicksort, heapsort past the
        /// depth limit), so that items with equal keys end in the same order as in PdfPig's tree, but with the
        /// key comparison inlined instead of a delegate call. Checked against Span.Sort in the tests.
        /// </summary>
        internal static class SameOrderSort
        {
            private const int InsertionThreshold = 16;

            public static void Sort(Span<PointTree.Item> items)
            {
                if (items.Length <= 1) return;
                var depth = 0;
                for (var n = items.Length; n >= 1; n /= 2) depth++;
                IntroSort(items, 2 * depth);
            }

            [MethodImpl(MethodImplOptions.AggressiveInlining)]
            private static int Compare(in PointTree.Item a, in PointTree.Item b) => a.Key < b.Key ? -1 : a.Key > b.Key ? 1 : 0;

            [MethodImpl(MethodImplOptions.AggressiveInlining)]
            private static void Exchange(Span<PointTree.Item> s, int i, int j)
            {
                if (i == j) return;
                (s[i], s[j]) = (s[j], s[i]);
            }

            [MethodImpl(MethodImplOptions.AggressiveInlining)]
            private static void OrderPair(Span<PointTree.Item> s, int i, int j)
            {
                if (i != j && Compare(s[i], s[j]) > 0) (s[i], s[j]) = (s[j], s[i]);
            }

            private static void IntroSort(Span<PointTree.Item> s, int depthLimit)
            {
                var hi = s.Length - 1;
                while (hi > 0)
                {
                    var size = hi + 1;
                    if (size <= InsertionThreshold)
                    {
                        switch (size)
                        {
                            case 2:
                                OrderPair(s, 0, 1);
                                return;
                            case 3:
                                OrderPair(s, 0, 1);
                                OrderPair(s, 0, 2);
                                OrderPair(s, 1, 2);
                                return;
                            default:
                                InsertionSort(s[..size]);
                                return;
                        }
                    }
                    if (depthLimit == 0)
                    {
                        HeapSort(s[..size]);
                        return;
                    }
                    depthLimit--;
                    var p = Partition(s[..size]);
                    IntroSort(s[(p + 1)..size], depthLimit);
                    hi = p - 1;
                }
            }

            private static int Partition(Span<PointTree.Item> s)
            {
                var hi = s.Length - 1;
                var middle = hi / 2;
                OrderPair(s, 0, middle);
                OrderPair(s, 0, hi);
                OrderPair(s, middle, hi);
                var pivot = s[middle];
                Exchange(s, middle, hi - 1);
                int left = 0, right = hi - 1;
                while (left < right)
                {
                    while (Compare(s[++left], pivot) < 0) { }
                    while (Compare(pivot, s[--right]) < 0) { }
                    if (left >= right) break;
                    Exchange(s, left, right);
                }
                Exchange(s, left, hi - 1);
                return left;
            }

            private static void HeapSort(Span<PointTree.Item> s)
            {
                var n = s.Length;
                for (var i = n / 2; i >= 1; i--) SiftDown(s, i, n);
                for (var i = n; i > 1; i--)
                {
                    Exchange(s, 0, i - 1);
                    SiftDown(s, 1, i - 1);
                }
            }

            private static void SiftDown(Span<PointTree.Item> s, int i, int n)
            {
                var d = s[i - 1];
                while (i <= n / 2)
                {
                    var child = 2 * i;
                    if (child < n && Compare(s[child - 1], s[child]) < 0) child++;
                    if (!(Compare(d, s[child - 1]) < 0)) break;
                    s[i - 1] = s[child - 1];
                    i = child;
                }
                s[i - 1] = d;
            }

            private static void InsertionSort(Span<PointTree.Item> s)
            {
                for (var i = 0; i < s.Length - 1; i++)
                {
                    var t = s[i + 1];
                    var j = i;
                    while (j >= 0 && Compare(t, s[j]) < 0)
                    {
                        s[j + 1] = s[j];
                        j--;
                    }
                    s[j + 1] = t;
                }
            }
        }

        /// <summary>
        /// <c>DocstrumBoundingBoxes.GetStructuralBlocks</c>: each line is linked to its nearest line below or above
        /// (perpendicular distance between its bottom edge and the other's top edge, when they overlap and are
        /// parallel enough), if nearer than <paramref name="maxDistance"/>; linked lines form blocks.
        /// </summary>
        internal static List<TextBlock> StructuralBlocks(IReadOnlyList<TextLine> lines, double maxDistance,
            DocstrumBoundingBoxes.AngleBounds angularDifference, double epsilon, string separator)
        {
            var n = lines.Count;
            var pivots = new Segment[n];
            var candidates = new Segment[n];
            var horizontal = true;
            for (var i = 0; i < n; i++)
            {
                var box = lines[i].BoundingBox;
                pivots[i] = new Segment(box.BottomLeft, box.BottomRight);
                candidates[i] = new Segment(box.TopLeft, box.TopRight);
                horizontal &= IsHorizontal(pivots[i], epsilon) && IsHorizontal(candidates[i], epsilon);
            }
            if (!horizontal)
            {
                return DocstrumBoundingBoxes.GetStructuralBlocks(lines, maxDistance, angularDifference, epsilon, separator, DocstrumDefaults.MaxDegreeOfParallelism).ToList();
            }

            // Horizontal lines: the distance of pivot i to candidate j is +inf (no overlap, not parallel) or exactly
            // |top(j) - bottom(i)|. Lines whose top is farther than maxDistance from the pivot's bottom cannot be
            // linked (PdfPig requires distance < maxDistance), so they are not looked at; the others are compared
            // in index order with PdfPig's function and the same tie rule (first strict minimum).
            var byTop = new int[n];
            var tops = new double[n];
            for (var i = 0; i < n; i++) byTop[i] = i;
            Array.Sort(byTop, (a, b) => candidates[a].Point1.Y.CompareTo(candidates[b].Point1.Y));
            for (var k = 0; k < n; k++) tops[k] = candidates[byTop[k]].Point1.Y;
            var window = maxDistance + Math.Max(1e-9, Math.Abs(maxDistance) * 1e-9);

            var links = new int[n];
            Array.Fill(links, -1);
            var near = new List<int>();
            for (var e = 0; e < n && maxDistance > 0; e++)
            {
                var y = pivots[e].Point1.Y;
                near.Clear();
                for (var k = LowerBound(tops, y - window); k < n && tops[k] <= y + window; k++)
                {
                    if (byTop[k] != e) near.Add(byTop[k]);
                }
                if (near.Count == 0) continue;
                near.Sort();
                var best = -1;
                var bestDistance = double.MaxValue;
                foreach (var j in near)
                {
                    var d = PerpendicularOverlappingDistance(pivots[e], candidates[j], angularDifference, epsilon);
                    if (d < bestDistance)
                    {
                        bestDistance = d;
                        best = j;
                    }
                }
                if (best != -1 && bestDistance < maxDistance) links[e] = best;
            }

            var s = Scratch.Rent();
            var groups = GroupIndexes(links, s);
            var blocks = new List<TextBlock>(groups.Count);
            for (var g = 0; g < groups.Count; g++)
            {
                var group = groups[g];
                var groupLines = new List<TextLine>(group.Length);
                foreach (var i in group) groupLines.Add(lines[i]);
                blocks.Add(new TextBlock(groupLines.OrderByReadingOrder(), separator));
            }
            Scratch.Return(s);
            return blocks;
        }

        /// <summary>Both ends at exactly the same height, and long enough for PdfPig's non-vertical branches.</summary>
        private static bool IsHorizontal(Segment line, double epsilon) =>
            line.Point1.Y == line.Point2.Y && Math.Abs(line.Point2.X - line.Point1.X) >= epsilon;

        private static int LowerBound(double[] sorted, double value)
        {
            int lo = 0, hi = sorted.Length;
            while (lo < hi)
            {
                var mid = (lo + hi) >>> 1;
                if (sorted[mid] < value) lo = mid + 1;
                else hi = mid;
            }
            return lo;
        }

        /// <summary>PdfPig's (private) DocstrumBoundingBoxes.PerpendicularOverlappingDistance.</summary>
        private static double PerpendicularOverlappingDistance(Segment line1, Segment line2, DocstrumBoundingBoxes.AngleBounds bounds, double epsilon)
        {
            if (!DocstrumBoundingBoxes.GetStructuralBlockingParameters(line1, line2, epsilon, out var theta, out _, out var distance))
                return double.PositiveInfinity;
            if (theta > 90) theta -= 180;
            else if (theta < -90) theta += 180;
            return bounds.Contains(theta) ? Math.Abs(distance) : double.PositiveInfinity;
        }

        /// <summary>
        /// PdfPig's (internal) Clustering.GroupIndexes: the connected components of the links, each found depth
        /// first from its lowest index, with the neighbours of a node in the order PdfPig's adjacency lists hold
        /// them (stored here in two flat arrays instead of one list per node). The groups are spans of the scratch's
        /// arrays, valid until its next use.
        /// </summary>
        internal static Groups GroupIndexes(ReadOnlySpan<int> edges, Scratch s)
        {
            var n = edges.Length;
            var start = Scratch.AtLeast(ref s.Start, n + 1);
            Array.Clear(start, 0, n + 1);
            for (var i = 0; i < n; i++)
            {
                var j = edges[i];
                if (j == -1) continue;
                start[i + 1]++;
                start[j + 1]++;
            }
            for (var i = 0; i < n; i++) start[i + 1] += start[i];
            var fill = Scratch.AtLeast(ref s.Fill, n);
            Array.Clear(fill, 0, n);
            var adjacency = Scratch.AtLeast(ref s.Adjacency, start[n]);
            for (var i = 0; i < n; i++)
            {
                var j = edges[i];
                if (j == -1) continue;
                adjacency[start[i] + fill[i]++] = j;
                adjacency[start[j] + fill[j]++] = i;
            }
            var members = Scratch.AtLeast(ref s.Members, n);
            var groupStart = Scratch.AtLeast(ref s.GroupStart, n + 1);
            var done = Scratch.AtLeast(ref s.Done, n);
            Array.Clear(done, 0, n);
            // Each node is pushed once: the stack never holds more than n.
            var stack = Scratch.AtLeast(ref s.Stack, n);
            var count = 0;
            var written = 0;
            for (var p = 0; p < n; p++)
            {
                if (done[p]) continue;
                groupStart[count++] = written;
                var top = 0;
                stack[top++] = p;
                done[p] = true;
                while (top > 0)
                {
                    var u = stack[--top];
                    members[written++] = u;
                    for (var a = start[u]; a < start[u + 1]; a++)
                    {
                        var v = adjacency[a];
                        if (done[v]) continue;
                        stack[top++] = v;
                        done[v] = true;
                    }
                }
            }
            groupStart[count] = written;
            return new Groups(members, groupStart, count);
        }

        /// <summary>The groups of <see cref="GroupIndexes"/>: group g is members[start[g]..start[g + 1]].</summary>
        internal readonly struct Groups(int[] members, int[] start, int count)
        {
            public int Count => count;
            public ReadOnlySpan<int> this[int g] => members.AsSpan(start[g], start[g + 1] - start[g]);
        }

        /// <summary>
        /// Arrays a page's layout needs again and again, kept by the thread for its next page instead of allocated for
        /// each (the layout's own allocations were about as large as PdfPig's letters: the collector's cycle of freeing and
        /// re-committing them was a fifth of the worker's CPU). Taken and given back around each use; a nested use on the
        /// same thread gets a fresh one. The arrays only grow; their contents are not cleared between uses.
        /// </summary>
        internal sealed class Scratch
        {
            [ThreadStatic] private static Scratch? t_free;

            public byte[] Bytes = [];
            public Letter[] Letters = [];
            public PdfPoint[] Points = [];
            public int[] Links = [];
            public int[] Start = [];
            public int[] Fill = [];
            public int[] Adjacency = [];
            public int[] Members = [];
            public int[] GroupStart = [];
            public bool[] Done = [];
            public int[] Stack = [];

            public static Scratch Rent()
            {
                var s = t_free ?? new Scratch();
                t_free = null;
                return s;
            }

            public static void Return(Scratch s) => t_free = s;

            /// <summary>An array of at least <paramref name="n"/> items (grown by half again, never cleared).</summary>
            public static T[] AtLeast<T>(ref T[] array, int n)
            {
                if (array.Length < n) array = new T[Math.Max(n, array.Length + array.Length / 2)];
                return array;
            }
        }

        /// <summary>
        /// <c>UnsupervisedReadingOrderDetector.Instance.Get(blocks)</c> (column-wise rules, T = 5, rendering order
        /// used): a block goes before another when the spatial rules say so or its letters were drawn earlier
        /// on average; blocks are picked by decreasing number of blocks they still go before, lowest index first.
        /// </summary>
        public static List<TextBlock> ReadingOrder(IReadOnlyList<TextBlock> blocks)
        {
            var n = blocks.Count;
            var sequence = new double[n];
            for (var i = 0; i < n; i++)
            {
                long sum = 0;
                long count = 0;
                foreach (var line in blocks[i].TextLines)
                foreach (var word in line.Words)
                foreach (var letter in word.Letters)
                {
                    sum += letter.TextSequence;
                    count++;
                }
                // Enumerable.Average of ints, as PdfPig computes it (throws on an empty block, as PdfPig does).
                if (count == 0) throw new InvalidOperationException("Sequence contains no elements");
                sequence[i] = (double)sum / count;
            }

            var before = new bool[(long)n * n];
            var outDegree = new int[n];
            for (var i = 0; i < n; i++)
            {
                var a = blocks[i].BoundingBox;
                for (var j = 0; j < n; j++)
                {
                    if (i == j) continue;
                    // The cheap test first: both are pure, so the outcome is PdfPig's order of tests' outcome.
                    if (sequence[i] < sequence[j] || BeforeInReadingVertical(a, blocks[j].BoundingBox, ReadingOrderTolerance))
                    {
                        before[(long)i * n + j] = true;
                        outDegree[i]++;
                    }
                }
            }

            var ordered = new List<TextBlock>(n);
            var removed = new bool[n];
            for (var step = 0; step < n; step++)
            {
                var pick = -1;
                for (var i = 0; i < n; i++)
                {
                    if (!removed[i] && (pick == -1 || outDegree[i] > outDegree[pick])) pick = i;
                }
                removed[pick] = true;
                for (var i = 0; i < n; i++)
                {
                    if (!removed[i] && before[(long)i * n + pick]) outDegree[i]--;
                }
                blocks[pick].SetReadingOrder(step);
                ordered.Add(blocks[pick]);
            }
            return ordered;
        }

        /// <summary>PdfPig's (private) UnsupervisedReadingOrderDetector.GetBeforeInReadingVertical.</summary>
        private static bool BeforeInReadingVertical(PdfRectangle a, PdfRectangle b, double t)
        {
            var x = IntervalRelationsHelper.GetRelationX(a, b, t);
            var y = IntervalRelationsHelper.GetRelationY(a, b, t);
            return x == IntervalRelations.Precedes
                || x == IntervalRelations.Meets
                || (x == IntervalRelations.Overlaps && (y == IntervalRelations.Precedes || y == IntervalRelations.Meets || y == IntervalRelations.Overlaps))
                || ((y == IntervalRelations.Precedes || y == IntervalRelations.Meets || y == IntervalRelations.Overlaps)
                    && (x == IntervalRelations.Precedes || x == IntervalRelations.Meets || x == IntervalRelations.Overlaps
                        || x == IntervalRelations.Starts || x == IntervalRelations.FinishesI || x == IntervalRelations.Equals
                        || x == IntervalRelations.During || x == IntervalRelations.DuringI || x == IntervalRelations.Finishes
                        || x == IntervalRelations.StartsI || x == IntervalRelations.OverlapsI));
        }
    }
}
