#!/usr/bin/env bash
printf '%s\n' 'pepper 811' >> /workspace/orchid.txt
