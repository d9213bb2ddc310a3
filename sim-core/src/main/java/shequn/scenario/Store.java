package shequn.scenario;

/**
 * A store. Consumers are split between stores by catchment weight; each shops at its home store.
 *
 * @param id             name used by groups, KOLs and campaigns
 * @param catchment      relative weight of the store's catchment (share of the population)
 * @param priceLevel     price index, 1 = market average; baskets scale with it and price-sensitive consumers
 *                       buy elsewhere more often above 1 ({@code behaviour.price_elasticity})
 * @param unitCost       what the goods cost the store, as a share of the market price: gross margin on a sale
 *                       is {@code 1 - unit_cost / price_level} of the full-price basket, so it moves with price
 * @param satisfaction   chance a purchase leaves the buyer satisfied
 * @param eventCapacity  attendees an in-store event can take
 * @param onlineOrdering whether the mini-program (order online, pick up or deliver) is live from day 0
 * @param qrJoinRate     chance a visitor scans the group QR code on their own while one is displayed
 * @param skus           products in the catalogue
 * @param skuZipf        Zipf exponent of baseline product popularity (1 gives roughly 20:80)
 */
public record Store(String id, Double catchment, Double priceLevel, Double unitCost, Double satisfaction,
                    Integer eventCapacity, Boolean onlineOrdering, Double qrJoinRate, Integer skus, Double skuZipf) {

    public Store {
        id = id == null ? "main" : id;
        catchment = catchment == null ? 1.0 : catchment;
        priceLevel = priceLevel == null ? 1.0 : priceLevel;
        unitCost = unitCost == null ? 0.75 : unitCost;
        satisfaction = satisfaction == null ? 0.85 : satisfaction;
        eventCapacity = eventCapacity == null ? 60 : eventCapacity;
        onlineOrdering = onlineOrdering == null ? Boolean.FALSE : onlineOrdering;
        qrJoinRate = qrJoinRate == null ? 0.08 : qrJoinRate;
        skus = skus == null ? 500 : skus;
        skuZipf = skuZipf == null ? 1.0 : skuZipf;
    }

    public static Store defaults(String id) {
        return new Store(id, null, null, null, null, null, null, null, null, null);
    }
}
