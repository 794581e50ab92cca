// Skeleton of the AWSSigning module; filled in by its own work.
enum AWSSigningModule {}
