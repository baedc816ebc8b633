"""The Registre area: the dwellings table over the register service, its filters, a picker."""
