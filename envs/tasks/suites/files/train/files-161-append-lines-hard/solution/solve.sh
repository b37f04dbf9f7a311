#!/usr/bin/env bash
printf '%s\n' 'walnut 703' 'lemon 473' 'maple 824' >> /workspace/lemon.txt
