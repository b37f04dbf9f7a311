#!/usr/bin/env bash
sed -i 's/raven/nectar/g' /workspace/cobalt.txt
