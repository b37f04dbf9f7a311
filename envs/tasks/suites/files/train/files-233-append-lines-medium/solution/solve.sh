#!/usr/bin/env bash
printf '%s\n' 'apple 583' 'apple 358' >> /workspace/nectar.txt
