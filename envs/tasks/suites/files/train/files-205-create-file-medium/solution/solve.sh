#!/usr/bin/env bash
printf '%s\n' 'garnet 155' 'lemon 831' > /workspace/stone.txt
