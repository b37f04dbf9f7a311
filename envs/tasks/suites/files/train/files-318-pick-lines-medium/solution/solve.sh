#!/usr/bin/env bash
tail -n 7 /workspace/nectar.txt > /workspace/willow.txt
