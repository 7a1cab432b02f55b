import Hummingbird

/// Records every request's route, status and latency.
struct MetricsMiddleware<Context: RequestContext>: RouterMiddleware {
    let metrics: APIMetrics

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        let start = ContinuousClock.now
        let response: Response
        do {
            response = try await next(request, context)
        } catch {
            let status = (error as? any HTTPResponseError)?.status.code ?? 500
            metrics.recordRequest(route: route(context), method: request.method.rawValue, status: status, duration: .now - start)
            throw error
        }
        metrics.recordRequest(route: route(context), method: request.method.rawValue, status: response.status.code, duration: .now - start)
        return response
    }

    private func route(_ context: Context) -> String {
        context.endpointPath ?? "unmatched"
    }
}
