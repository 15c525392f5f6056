-- The day a service's registration ends (YYYY-MM-DD), as the registry of social services states it; NULL when open-ended.
ALTER TABLE `services` ADD `registry_ends_on` text;
