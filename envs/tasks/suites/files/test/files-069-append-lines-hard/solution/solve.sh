#!/usr/bin/env bash
printf '%s\n' 'stone 693' 'tiger 616' 'delta 178' 'garnet 715' >> /workspace/willow.txt
