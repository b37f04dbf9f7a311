#!/usr/bin/env bash
printf '%s\n' 'cobalt 10' 'mango 275' 'pearl 310' >> /workspace/kettle.txt
