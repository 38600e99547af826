import Foundation

#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// ``HTTPTransport`` over URLSession (FoundationNetworking, libcurl, on Linux).
///
/// - No redirect is followed: the 3xx response is returned as is, so the `Authorization`
///   header never travels to another host.
/// - No cookies, no cache, no proxy credentials of ours.
/// - How failures are split (URLSession cannot tell whether the request bytes left):
///   refused / cannot connect / DNS / offline mean *certainly not sent*; TLS failures too
///   (the handshake precedes the request; FoundationNetworking reports libcurl's TLS handshake
///   errors as `URLError.unknown` with OpenSSL's text, which is how they are recognised);
///   timeouts, lost connections, empty or unparsable
///   replies mean *maybe sent*, since they can happen after the server read the request.
public final class URLSessionTransport: HTTPTransport {
    private let session: URLSession

    /// - Parameter timeout: seconds without progress before a request is given up
    ///   (URLSession's `timeoutIntervalForRequest`).
    public init(timeout: TimeInterval = 30) {
        let configuration = URLSessionConfiguration.ephemeral
        configuration.timeoutIntervalForRequest = timeout
        configuration.timeoutIntervalForResource = timeout * 4
        configuration.httpCookieStorage = nil
        configuration.httpShouldSetCookies = false
        configuration.urlCache = nil
        configuration.requestCachePolicy = .reloadIgnoringLocalCacheData
        session = URLSession(configuration: configuration, delegate: RedirectRefusal(), delegateQueue: nil)
    }

    deinit {
        session.finishTasksAndInvalidate()
    }

    /// Sends `request` as is and returns the response, a 3xx included (redirects are not followed).
    /// - Throws: ``TransportFailure`` when no HTTP response arrived, its kind saying whether the
    ///   server may have received the request.
    public func send(_ request: HTTPRequest) async throws(TransportFailure) -> HTTPResponse {
        var urlRequest = URLRequest(url: request.url)
        urlRequest.httpMethod = request.method
        for header in request.headers {
            urlRequest.setValue(header.value, forHTTPHeaderField: header.name)
        }
        urlRequest.httpBody = Data(request.body)
        let result: Result<HTTPResponse, TransportFailure> = await withCheckedContinuation { continuation in
            let task = session.dataTask(with: urlRequest) { data, response, error in
                if let error {
                    continuation.resume(returning: .failure(Self.classify(error)))
                    return
                }
                guard let http = response as? HTTPURLResponse else {
                    continuation.resume(returning: .failure(TransportFailure(kind: .connectionLost, detail: "the reply was not HTTP")))
                    return
                }
                var headers: [String: String] = [:]
                for (name, value) in http.allHeaderFields {
                    if let name = name as? String, let value = value as? String { headers[name] = value }
                }
                continuation.resume(returning: .success(HTTPResponse(status: http.statusCode, headers: headers, body: Array(data ?? Data()))))
            }
            task.resume()
        }
        return try result.get()
    }

    /// Splits URLSession's errors into certainly-not-sent and maybe-sent.
    static func classify(_ error: any Error) -> TransportFailure {
        guard let urlError = error as? URLError else {
            return TransportFailure(kind: .connectionLost, detail: String(describing: type(of: error)))
        }
        let detail = urlError.localizedDescription
        switch urlError.code {
        case .cannotConnectToHost, .cannotFindHost, .dnsLookupFailed, .notConnectedToInternet, .badURL, .unsupportedURL:
            return TransportFailure(kind: .notConnected, detail: detail, cause: urlError)
        case .secureConnectionFailed, .serverCertificateUntrusted, .serverCertificateHasBadDate,
            .serverCertificateNotYetValid, .serverCertificateHasUnknownRoot, .clientCertificateRejected,
            .clientCertificateRequired:
            return TransportFailure(kind: .secureConnectionFailed, detail: detail, cause: urlError)
        case .unknown where detail.contains("SSL routines") || detail.contains("OpenSSL"):
            return TransportFailure(kind: .secureConnectionFailed, detail: detail, cause: urlError)
        case .timedOut:
            return TransportFailure(kind: .timedOut, detail: detail, cause: urlError)
        default:
            return TransportFailure(kind: .connectionLost, detail: detail, cause: urlError)
        }
    }
}

/// Refuses every redirect: Jelou's endpoint does not redirect, and following one would carry the
/// `Authorization` header to wherever `Location` points.
private final class RedirectRefusal: NSObject, URLSessionTaskDelegate, Sendable {
    func urlSession(
        _ session: URLSession,
        task: URLSessionTask,
        willPerformHTTPRedirection response: HTTPURLResponse,
        newRequest request: URLRequest,
        completionHandler: @escaping @Sendable (URLRequest?) -> Void
    ) {
        completionHandler(nil)
    }
}
