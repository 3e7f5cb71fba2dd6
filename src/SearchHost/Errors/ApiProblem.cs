using Microsoft.AspNetCore.Http.HttpResults;

namespace Search.Host.Errors;

/// <summary>The API's error answers: RFC 9457 problem details with a stable <c>code</c> (see <c>ApiErrors</c>, <c>SearchErrors</c>).</summary>
public static class ApiProblem
{
    public static ProblemHttpResult Create(int status, string code, string detail, IEnumerable<KeyValuePair<string, object?>>? extensions = null) =>
        TypedResults.Problem(detail: detail, statusCode: status,
            extensions: new Dictionary<string, object?>(extensions ?? []) { ["code"] = code });
}
