import Foundation

/// The few schema.org fields the reader uses from a page's JSON-LD scripts.
struct LinkedData {
    var headline: String?
    var publisher: String?
    var datePublished: String?

    init(scripts: [String]) {
        for script in scripts {
            guard let data = script.data(using: .utf8),
                  let object = try? JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed]) else { continue }
            // Breadth-first over the JSON (a `@graph` array, nested objects); bounded by its size.
            var queue: [Any] = [object]
            var index = 0
            while index < queue.count, index < 10_000 {
                let value = queue[index]
                index += 1
                if let array = value as? [Any] { queue.append(contentsOf: array); continue }
                guard let dictionary = value as? [String: Any] else { continue }
                if datePublished == nil, let date = dictionary["datePublished"] as? String { datePublished = date }
                if headline == nil, let text = dictionary["headline"] as? String { headline = text }
                if publisher == nil {
                    if let name = (dictionary["publisher"] as? [String: Any])?["name"] as? String { publisher = name }
                    else if let name = dictionary["publisher"] as? String { publisher = name }
                }
                queue.append(contentsOf: dictionary.keys.sorted().compactMap { dictionary[$0] }.filter { $0 is [Any] || $0 is [String: Any] })
            }
        }
    }
}
