#!/usr/bin/env bash
printf '%s\n' 'lemon 709' > /workspace/willow.txt
