#!/usr/bin/env bash
mv /workspace/old/lotus/nectar.log /workspace/old/lotus/lantern.csv
