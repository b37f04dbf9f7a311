#!/usr/bin/env bash
printf '%s\n' 'frost 385' 'amber 419' >> /workspace/amber.txt
