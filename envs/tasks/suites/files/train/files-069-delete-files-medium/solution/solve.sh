#!/usr/bin/env bash
rm /workspace/raven.txt /workspace/island.txt
