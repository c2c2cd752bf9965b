process.stdout.write('lead-guard\n');
